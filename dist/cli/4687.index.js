export const id = 4687;
export const ids = [4687];
export const modules = {

/***/ 4687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkRegistry: () => (/* binding */ sdkRegistry)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8249);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(678);



const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
/** ECR's API over the SDK, and the registry's HTTP API over the `fetch` given. */
function sdkRegistry(ecr, fetchImpl) {
    return {
        async authorizationToken() {
            const data = (await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__.GetAuthorizationTokenCommand({}))).authorizationData?.[0];
            return { token: data?.authorizationToken, endpoint: data?.proxyEndpoint };
        },
        async repositories(names) {
            return (await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__.DescribeRepositoriesCommand({ repositoryNames: names }))).repositories ?? [];
        },
        async createRepository({ name, kmsKey, mutableTags, tags }) {
            const out = await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__.CreateRepositoryCommand({
                repositoryName: name,
                imageScanningConfiguration: { scanOnPush: true },
                encryptionConfiguration: kmsKey ? { encryptionType: 'KMS', kmsKey } : { encryptionType: 'AES256' },
                ...(mutableTags.length
                    ? {
                        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
                        imageTagMutabilityExclusionFilters: mutableTags.map((filter) => ({
                            filterType: 'WILDCARD',
                            filter,
                        })),
                    }
                    : { imageTagMutability: 'IMMUTABLE' }),
                tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
            }));
            return out.repository;
        },
        async lifecyclePolicy(repositoryName) {
            try {
                return (await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__.GetLifecyclePolicyCommand({ repositoryName }))).lifecyclePolicyText;
            }
            catch (err) {
                if (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .NotFound */ .Mk)
                    return undefined;
                throw err;
            }
        },
        async putLifecyclePolicy(repositoryName, lifecyclePolicyText) {
            await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__.PutLifecyclePolicyCommand({ repositoryName, lifecyclePolicyText }));
        },
        async tagImage(repositoryName, digest, tag) {
            const found = await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__.BatchGetImageCommand({ repositoryName, imageIds: [{ imageDigest: digest }] }));
            const image = found.images?.[0];
            if (!image?.imageManifest)
                return false;
            try {
                await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_2__.PutImageCommand({
                    repositoryName,
                    imageManifest: image.imageManifest,
                    imageManifestMediaType: image.imageManifestMediaType,
                    imageDigest: digest,
                    imageTag: tag,
                }));
            }
            catch (err) {
                if (!(err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .AlreadyExists */ .ND))
                    throw err;
            }
            return true;
        },
        async manifestDigest(login, repository, tag) {
            const url = `https://${login.registry}/v2/${repository}/manifests/${encodeURIComponent(tag)}`;
            let response;
            try {
                response = await fetchImpl(url, {
                    method: 'HEAD',
                    // A stalled registry must not hold the job until GitHub kills it.
                    signal: AbortSignal.timeout(30_000),
                    headers: {
                        Accept: MANIFEST_TYPES,
                        Authorization: `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`,
                    },
                });
            }
            catch (err) {
                const cause = err.cause;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot reach the registry ${login.registry}: ${cause?.message ?? err.message}`);
            }
            if (response.status === 404)
                return undefined;
            if (!response.ok)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`registry ${login.registry} answered ${response.status} for ${repository}:${tag}`);
            return response.headers.get('docker-content-digest') ?? undefined;
        },
    };
}


/***/ })

};
