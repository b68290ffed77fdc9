export const id = 458;
export const ids = [458];
export const modules = {

/***/ 7458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
// Reading a file a compose project names, without trusting it to be one: `/dev/zero`, a FIFO or a
// growing file must not hold the loader (or the machine's memory) hostage. The file is opened without
// blocking, must be a regular file (fstat), and is read in chunks up to a byte limit, so a signal
// handler (the CLI's Ctrl-C, the runner's cancel) runs between chunks and an abort stops the read.


/** Bytes read per chunk: small enough that a cancel is seen at once, large enough to stay cheap. */
const CHUNK_BYTES = 64 * 1024;
/**
 * The file's bytes, or why they cannot be had: missing, not a regular file, larger than `maxBytes`
 * (judged before reading and again while reading, for a file that grows), unreadable, or aborted.
 * Problems never quote the file's content.
 */
async function readBounded(path, maxBytes, signal) {
    // O_NONBLOCK: opening a FIFO no writer holds would otherwise wait forever.
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        return code === 'ENOENT'
            ? { problem: 'does not exist', missing: true }
            : { problem: `cannot be read (${code ?? err.message})` };
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            return {
                problem: `is not a regular file (${info.isDirectory() ? 'a directory' : 'a device, pipe or socket'})`,
            };
        if (info.size > maxBytes)
            return { problem: `is larger than ${maxBytes} bytes` };
        const chunks = [];
        let total = 0;
        for (;;) {
            if (signal?.aborted)
                return { problem: 'was not read: the run was cancelled' };
            const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > maxBytes)
                return { problem: `is larger than ${maxBytes} bytes` };
            chunks.push(chunk.subarray(0, bytesRead));
        }
        return { bytes: Buffer.concat(chunks, total) };
    }
    catch (err) {
        return { problem: `cannot be read (${err.code ?? err.message})` };
    }
    finally {
        await handle.close().catch(() => undefined);
    }
}


/***/ })

};
