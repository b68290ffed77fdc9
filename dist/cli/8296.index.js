export const id = 8296;
export const ids = [8296];
export const modules = {

/***/ 6634:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ gpuRequest)
/* harmony export */ });
function gpuRequest(s) {
    const reserved = s.deploy?.resources?.reservations?.gpus;
    if (reserved !== undefined)
        return { count: reserved, at: ['services', s.name, 'deploy', 'resources', 'reservations', 'devices'] };
    if (s.gpus !== undefined)
        return { count: s.gpus, at: ['services', s.name, 'gpus'] };
    return undefined;
}


/***/ }),

/***/ 4376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ gpuInstanceFor),
/* harmony export */   Z: () => (/* binding */ gpuFindings)
/* harmony export */ });
/* harmony import */ var _gpu_instances_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6807);
/* harmony import */ var _gpu_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6634);
// Load-time checks for services that reserve GPUs (docs/mapping.md, GPUs): they run on EC2 instances
// booted from the ECS GPU-optimized AMI, which is x86_64 only, on a listed instance type that fits
// their GPUs, CPU and memory (x-aws-instance_type, else the cheapest that fits).


const ARM = new Set(['linux/arm64', 'linux/arm64/v8', 'linux/aarch64']);
/** The instance type a GPU service runs on, or why none can be chosen. */
function gpuInstanceFor(s) {
    const request = (0,_gpu_request_js__WEBPACK_IMPORTED_MODULE_1__/* .gpuRequest */ .C)(s);
    if (!request)
        return {};
    const r = s.deploy?.resources;
    const need = {
        gpus: request.count,
        cpus: r?.limits?.cpus ?? r?.reservations?.cpus ?? 0,
        memoryBytes: r?.limits?.memory ?? r?.reservations?.memory ?? 0,
    };
    const given = s.aws?.instanceType;
    if (given !== undefined) {
        const type = (0,_gpu_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .gpuInstanceType */ .Sh)(given);
        const why = (0,_gpu_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .misfit */ .hH)(type, need);
        return why
            ? {
                problem: {
                    at: ['services', s.name, 'x-aws-instance_type'],
                    reason: `${why}; choose a larger type`,
                },
            }
            : { type };
    }
    const type = (0,_gpu_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .cheapestFit */ .BJ)(need);
    if (type)
        return { type };
    const largest = _gpu_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .GPU_INSTANCE_TYPES */ .Pi.reduce((a, b) => (b.gpus >= a.gpus && b.vcpus >= a.vcpus ? b : a));
    return {
        problem: {
            at: request.at,
            reason: `no listed GPU instance type fits ${s.name} (${(0,_gpu_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .misfit */ .hH)(largest, need)}); ask for less`,
        },
    };
}
function gpuFindings(s) {
    const request = (0,_gpu_request_js__WEBPACK_IMPORTED_MODULE_1__/* .gpuRequest */ .C)(s);
    const out = [];
    if (!request) {
        if (s.aws?.instanceType !== undefined)
            out.push({
                at: ['services', s.name, 'x-aws-instance_type'],
                reason: 'x-aws-instance_type applies to services that reserve GPUs (the others run on Fargate); remove it or reserve a GPU',
            });
        return out;
    }
    if (s.platform !== undefined && ARM.has(s.platform))
        out.push({
            at: ['services', s.name, 'platform'],
            reason: `${s.name} reserves GPUs, and the ECS GPU-optimized AMI runs on x86_64 only; use platform linux/amd64`,
        });
    if (s.aws?.capacity !== undefined)
        out.push({
            at: ['services', s.name, 'x-aws-capacity'],
            reason: `${s.name} reserves GPUs and runs on EC2 instances the stack creates; x-aws-capacity chooses Fargate or Fargate Spot, which have no GPUs: remove one of them`,
        });
    const chosen = gpuInstanceFor(s);
    if (chosen.problem)
        out.push(chosen.problem);
    return out;
}


/***/ }),

/***/ 8296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadProject: () => (/* binding */ loadProject)
});

// EXTERNAL MODULE: ./src/compose/check-files.ts
var check_files = __webpack_require__(8090);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/compose/bind-configs.ts


/** What each bind-mount source is, for the ECS rules. */
async function bindSources(project) {
    const realProject = await (0,promises_.realpath)(project.workingDir).catch(() => project.workingDir);
    const sources = new Map();
    for (const s of Object.values(project.services))
        for (const m of s.volumes) {
            if (m.type !== 'bind' || sources.has(m.source))
                continue;
            const found = await (0,promises_.stat)(m.source).catch(() => undefined);
            const realPath = await (0,promises_.realpath)(m.source).catch(() => undefined);
            // Sockets and devices are neither: they can never become a config.
            const kind = found?.isDirectory() ? 'directory' : found?.isFile() ? 'file' : undefined;
            sources.set(m.source, { ...(kind ? { kind } : {}), ...(realPath ? { realPath } : {}), realProject });
        }
    return sources;
}
/** `path` relative to `dir`, '/'-separated, or undefined when it lies outside (or is `dir` itself). */
function inside(dir, path) {
    const rel = (0,external_node_path_.relative)(dir, path);
    return rel && rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel)
        ? rel.split(external_node_path_.sep).join('/')
        : undefined;
}
/** Whether a '/'-separated path relative to the project lies in a `.git` directory (or is one). */
function inGitMetadata(rel) {
    return rel.split('/').includes('.git');
}
/** The source relative to the project directory, or undefined when it lies outside. */
function insideProject(project, source) {
    return inside(project.workingDir, source);
}
/** Why a bind mount cannot become a config, or undefined when it can. */
function bindConfigRefusal(project, mount, source) {
    if (!insideProject(project, mount.source))
        return 'it is outside the project directory, so it is not the project’s to publish';
    // A symbolic link inside the project may lead anywhere (a pull request could point one at the runner's
    // credentials): what is published is where the link leads.
    if (source?.realPath && !inside(source.realProject, source.realPath))
        return `it is a symbolic link to ${(0,external_node_path_.relative)(source.realProject, source.realPath)}, outside the project directory, so it is not the project’s to publish`;
    const real = source?.realPath && inside(source.realProject, source.realPath);
    if (inGitMetadata(insideProject(project, mount.source)) || (real && inGitMetadata(real)))
        return `it is inside .git, the repository's metadata, not the project’s content (actions/checkout keeps the job's token in .git/config)`;
    const kind = source?.kind;
    if (!mount.readOnly)
        return 'it is writable (a config is read-only: add :ro if the container only reads it)';
    if (!kind)
        return `${mount.source} is neither a file nor a directory`;
    return undefined;
}
/**
 * Turns the mount into a config reference of the service; the config is named after the path
 * (`./proxy/nginx.conf` → `proxy_nginx.conf`) and shared by every mount of the same path.
 */
function bindMountToConfig(project, service, mount, at) {
    const rel = insideProject(project, mount.source);
    const base = rel.replace(/[^A-Za-z0-9._-]/g, '_');
    let name = base;
    for (let n = 2; project.configs[name] && project.configs[name]?.file !== mount.source; n++)
        name = `${base}_${n}`;
    project.configs[name] ??= {
        name,
        file: mount.source,
        // A directory's files are read only where they really lie inside the project (config-contents.ts).
        bindMount: at,
        external: false,
        extensions: {},
    };
    service.configs.push({ source: name, target: mount.target, extensions: {} });
    return name;
}

// EXTERNAL MODULE: ./src/compose/bind-policy.ts
var bind_policy = __webpack_require__(88);
;// CONCATENATED MODULE: ./src/compose/interpolate.ts
/** Thrown by a lookup for a variable it refuses to give (a runner credential): an error where it is used. */
class RefusedVariable extends Error {
    variable;
    constructor(variable, why) {
        super(`variable ${variable} ${why}`);
        this.variable = variable;
    }
}
/** Deepest `${A:-${B:-…}}` nesting read; compose files use two or three levels. */
const MAX_INTERPOLATION_DEPTH = 32;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolateString(text, lookup) {
    const out = { value: '', unset: [], errors: [] };
    try {
        out.value = expand(text, 0, text.length, lookup, out, 0);
    }
    catch (err) {
        if (!(err instanceof RefusedVariable || err instanceof TooDeep))
            throw err;
        out.errors.push(err.message);
    }
    return out;
}
class TooDeep extends Error {
}
/** Expands text[from, to); `depth` counts the `${` it is nested in. */
function expand(text, from, to, lookup, out, depth) {
    if (depth > MAX_INTERPOLATION_DEPTH)
        throw new TooDeep(`invalid interpolation: \${…} nested deeper than ${MAX_INTERPOLATION_DEPTH} levels`);
    let result = '';
    let i = from;
    while (i < to) {
        const dollar = text.indexOf('$', i);
        if (dollar < 0 || dollar >= to) {
            result += text.slice(i, to);
            break;
        }
        result += text.slice(i, dollar);
        const next = text[dollar + 1];
        if (next === '$') {
            result += '$';
            i = dollar + 2;
        }
        else if (next === '{') {
            const close = matchBrace(text, dollar + 2, to);
            if (close < 0) {
                out.errors.push(`invalid interpolation: ${JSON.stringify(text.slice(dollar, to))} has no closing }`);
                return result + text.slice(dollar, to);
            }
            result += braced(text, dollar + 2, close, lookup, out, depth);
            i = close + 1;
        }
        else {
            const name = NAME.exec(text.slice(dollar + 1, Math.min(to, dollar + 257)))?.[0];
            if (name) {
                result += variable(name, lookup, out);
                i = dollar + 1 + name.length;
            }
            else {
                // A lone `$` (e.g. "5$ each") is kept literally, as Compose does.
                result += '$';
                i = dollar + 1;
            }
        }
    }
    return result;
}
/** Index of the `}` closing a `${` whose body starts at `start`, honouring nested `${...}`. */
function matchBrace(text, start, to) {
    let depth = 0;
    for (let i = start; i < to; i++) {
        const c = text[i];
        if (c === '$' && text[i + 1] === '$')
            i++;
        else if (c === '$' && text[i + 1] === '{') {
            depth++;
            i++;
        }
        else if (c === '}') {
            if (depth === 0)
                return i;
            depth--;
        }
    }
    return -1;
}
function variable(name, lookup, out) {
    const value = lookup(name);
    if (value === undefined) {
        out.unset.push(name);
        return '';
    }
    return value;
}
/** The body of `${...}`: NAME, then optionally one of :- - :? ? :+ + and a nested template. */
function braced(text, start, end, lookup, out, depth) {
    const body = text.slice(start, end);
    const name = NAME.exec(body)?.[0];
    if (!name) {
        out.errors.push(`invalid interpolation: \${${body}} does not start with a variable name`);
        return '';
    }
    if (name.length === body.length)
        return variable(name, lookup, out);
    const rest = body.slice(name.length);
    const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
    if (!op) {
        out.errors.push(`invalid interpolation: \${${body}} (expected :-, -, :?, ?, :+ or + after ${name})`);
        return '';
    }
    const argFrom = start + name.length + op.length;
    const value = lookup(name);
    const set = value !== undefined;
    const nonEmpty = set && value !== '';
    const arg = () => expand(text, argFrom, end, lookup, out, depth + 1);
    switch (op) {
        case ':-':
            return nonEmpty ? value : arg();
        case '-':
            return set ? value : arg();
        case ':+':
            return nonEmpty ? arg() : '';
        case '+':
            return set ? arg() : '';
        default: {
            const required = op === ':?' ? nonEmpty : set;
            if (required)
                return value;
            // The message as written, not expanded: `${NOPE:?${DB_PASSWORD}}` must not print the password.
            const message = text.slice(argFrom, end);
            out.errors.push(`required variable ${name} is ${set ? 'empty' : 'not set'}${message ? `: ${message}` : ''}`);
            return '';
        }
    }
}
/**
 * Interpolates every string value of a document in place (keys are left alone, as in Compose).
 * Unset variables become warnings, malformed or missing required variables errors.
 */
function interpolateTree(root, lookup, diags) {
    const walk = (node, path) => {
        if (node.kind === 'map') {
            for (const [key, entry] of node.entries) {
                path.push(key);
                walk(entry.value, path);
                path.pop();
            }
        }
        else if (node.kind === 'seq') {
            node.items.forEach((item, index) => {
                path.push(index);
                walk(item, path);
                path.pop();
            });
        }
        else if (typeof node.value === 'string' && node.value.includes('$')) {
            const result = interpolateString(node.value, lookup);
            const at = [...path];
            for (const e of result.errors)
                diags.error(e, at, node.loc);
            for (const name of new Set(result.unset))
                diags.warn(`variable ${name} is not set; using an empty string`, at, node.loc);
            node.value = result.value;
        }
    };
    walk(root, []);
}

;// CONCATENATED MODULE: ./src/compose/config-contents.ts




/** Largest config (a file, or the sum of a directory's files). */
const MAX_CONFIG_BYTES = 64 * 1024;
/** Most files a directory config may hold. */
const MAX_CONFIG_FILES = 32;
async function readConfigContents(project, sourceMap, diags, lookup, read) {
    const used = new Set(Object.values(project.services).flatMap((s) => s.configs.map((r) => r.source)));
    for (const config of Object.values(project.configs)) {
        if (!used.has(config.name) || config.external)
            continue;
        const fail = (message, field) => {
            const path = config.bindMount ?? ['configs', config.name, field];
            diags.error(`config ${config.name}: ${message}`, path, sourceMap.locate(path));
        };
        // A bind mount made a config publishes only what really lies inside the project.
        const confinedTo = config.bindMount && project.workingDir;
        const files = await configFiles(config, confinedTo, lookup, read, (m) => fail(m, sourceField(config)));
        if (!files)
            continue;
        const size = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
        if (size > MAX_CONFIG_BYTES)
            fail(`${size} bytes is more than the ${MAX_CONFIG_BYTES} bytes a config can hold; bake larger files into the image or use a volume`, sourceField(config));
        else
            config.files = files;
    }
}
function sourceField(config) {
    return config.file !== undefined ? 'file' : config.environment !== undefined ? 'environment' : 'content';
}
async function configFiles(config, confinedTo, lookup, read, fail) {
    if (config.content !== undefined)
        return [{ path: '', content: config.content }];
    if (config.environment !== undefined) {
        let value;
        try {
            value = lookup(config.environment);
        }
        catch (err) {
            // A config is stored in plain text: a runner credential never becomes one.
            if (err instanceof RefusedVariable)
                return void fail(err.message);
            throw err;
        }
        if (value === undefined)
            fail(`environment variable ${config.environment} is not set`);
        return value === undefined ? undefined : [{ path: '', content: value }];
    }
    if (config.file === undefined)
        return undefined;
    const found = await (0,promises_.stat)(config.file).catch(() => undefined);
    if (!found)
        return void fail(`${config.file} does not exist`);
    if (!found.isDirectory()) {
        const content = await config_contents_text(config.file, read, fail);
        return content === undefined ? undefined : [{ path: '', content }];
    }
    const paths = await filesUnder(config.file, MAX_CONFIG_FILES + 1);
    if (paths.length > MAX_CONFIG_FILES)
        return void fail(`directory ${config.file} holds more than ${MAX_CONFIG_FILES} files, the most a config delivers`);
    const realRoot = confinedTo && (await (0,promises_.realpath)(confinedTo).catch(() => confinedTo));
    const files = [];
    for (const path of paths) {
        const real = realRoot && (await (0,promises_.realpath)(path).catch(() => path));
        if (realRoot && real && !inside(realRoot, real))
            return void fail(`${path} is a symbolic link to ${(0,external_node_path_.relative)(realRoot, real)}, outside the project directory, so it is not the project’s to publish`);
        if (realRoot && real && inGitMetadata(inside(realRoot, real)))
            return void fail(`${path} is inside .git, the repository's metadata, not the project’s content (actions/checkout keeps the job's token in .git/config)`);
        const content = await config_contents_text(path, read, fail);
        if (content === undefined)
            return undefined;
        files.push({ path: (0,external_node_path_.relative)(config.file, path).split(external_node_path_.sep).join('/'), content });
    }
    return files;
}
/** Regular files below a directory, sorted, stopping once `limit` are found. */
async function filesUnder(dir, limit) {
    const out = [];
    const walk = async (d) => {
        const entries = (await (0,promises_.readdir)(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const e of entries) {
            if (out.length >= limit)
                return;
            const path = (0,external_node_path_.join)(d, e.name);
            // A symbolic link to a directory is not followed (a link loop would never end); one to a file is.
            if (e.isDirectory())
                await walk(path);
            else if ((await (0,promises_.stat)(path).catch(() => undefined))?.isFile())
                out.push(path);
        }
    };
    await walk(dir);
    return out;
}
async function config_contents_text(path, read, fail) {
    // Confined: a file in a config directory may be a symbolic link to anywhere.
    const result = await read(path, { maxBytes: MAX_CONFIG_BYTES, confine: true });
    if ('problem' in result) {
        fail(result.problem.startsWith('is larger')
            ? `${path} is larger than the ${MAX_CONFIG_BYTES} bytes a config can hold; bake it into the image or use a volume`
            : `${path} ${result.problem}`);
        return undefined;
    }
    const bytes = result.bytes;
    try {
        const content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        // An environment variable cannot carry a NUL byte: the init container would write a truncated file.
        if (!content.includes('\0'))
            return content;
    }
    catch {
        // fall through: not UTF-8
    }
    fail(`${path} is not UTF-8 text; a config delivers text files only (bake binary files into the image)`);
    return undefined;
}

// EXTERNAL MODULE: ./src/images/dockerignore.ts
var dockerignore = __webpack_require__(8654);
;// CONCATENATED MODULE: ./src/compose/dockerfile-copies.ts
// What a service's Dockerfile copies from its build context into the image, and where: enough to tell a
// development bind mount (`./app:/app` over an image that did `COPY . /app`) from one whose content the
// image lacks. Only what can be known without building: COPY and ADD from the context in the built stage
// and the stages it is based on, with WORKDIR; an instruction with variables, --from, --parents, a URL or a
// heredoc copies nothing this can vouch for.



/** Logical lines: continuations joined, comments and blank lines left out. */
function instructions(text) {
    const out = [];
    let pending = '';
    for (const raw of text.split(/\r?\n/)) {
        if (!pending && /^\s*#/.test(raw))
            continue;
        const continued = /\\\s*$/.test(raw);
        pending += continued ? raw.replace(/\\\s*$/, ' ') : raw;
        if (continued)
            continue;
        const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(pending);
        if (m)
            out.push({ keyword: m[1].toUpperCase(), args: m[2].trim() });
        pending = '';
    }
    return out;
}
function stages(text) {
    const out = [];
    for (const ins of instructions(text)) {
        if (ins.keyword === 'FROM') {
            const words = ins.args.split(/\s+/).filter((w) => !w.startsWith('--'));
            const as = words.findIndex((w) => w.toUpperCase() === 'AS');
            out.push({
                base: words[0] ?? '',
                ...(as > 0 && words[as + 1] ? { name: words[as + 1] } : {}),
                body: [],
            });
        }
        else
            out.at(-1)?.body.push(ins);
    }
    return out;
}
/** The built stage and the earlier stages it is based on, oldest first. */
function stageChain(all, target) {
    const byName = (name, before) => all.slice(0, before).findLastIndex((s) => s.name?.toLowerCase() === name.toLowerCase());
    let index = target === undefined ? all.length - 1 : byName(target, all.length);
    const chain = [];
    while (index >= 0 && !chain.includes(all[index])) {
        chain.unshift(all[index]);
        index = byName(all[index].base, index);
    }
    return chain;
}
/** Sources and destination of a COPY or ADD, or undefined when it cannot be vouched for. */
function copyOperands(args) {
    let rest = args;
    for (let flag = /^--([a-z-]+)(=\S*)?\s+/.exec(rest); flag; flag = /^--([a-z-]+)(=\S*)?\s+/.exec(rest)) {
        if (!['chown', 'chmod', 'link', 'exclude'].includes(flag[1]))
            return undefined;
        rest = rest.slice(flag[0].length);
    }
    let words;
    if (rest.startsWith('[')) {
        try {
            words = JSON.parse(rest);
        }
        catch {
            return undefined;
        }
    }
    else
        words = rest.split(/\s+/);
    if (words.length < 2 || words.some((w) => typeof w !== 'string' || /[$<*?[]|:\/\//.test(w)))
        return undefined;
    return words;
}
/** Where each path of the context lands in the image built from the Dockerfile `text`. */
function imageCopies(build, text) {
    const pending = [];
    let workdir = '/';
    for (const stage of stageChain(stages(text), build.target))
        for (const { keyword, args } of stage.body) {
            if (keyword === 'WORKDIR' && !args.includes('$'))
                workdir = external_node_path_.posix.resolve(workdir, args);
            if (keyword !== 'COPY' && keyword !== 'ADD')
                continue;
            const operands = copyOperands(args);
            if (!operands)
                continue;
            const dest = external_node_path_.posix.resolve(workdir, operands.at(-1));
            const sources = operands.slice(0, -1);
            const intoDirectory = operands.at(-1).endsWith('/') || sources.length > 1;
            for (const source of sources) {
                // ADD unpacks a local archive: its content is not the file.
                if (keyword === 'ADD' && /\.(tar|tgz|gz|bz2|xz|zst)$/.test(source))
                    continue;
                const from = (0,external_node_path_.resolve)(build.context, source);
                pending.push((0,promises_.stat)(from).then((found) => {
                    const directory = found.isDirectory();
                    const to = !directory && intoDirectory ? external_node_path_.posix.join(dest, external_node_path_.posix.basename(from)) : dest;
                    return { from, to, directory };
                }, () => undefined));
            }
        }
    return Promise.all(pending).then((all) => all.filter((c) => c !== undefined));
}
/** Reads the build's Dockerfile and .dockerignore; undefined when the Dockerfile cannot be read. */
async function imageContent(build) {
    const path = (0,external_node_path_.resolve)(build.context, build.dockerfile);
    const text = build.dockerfileInline ?? (await (0,promises_.readFile)(path, 'utf8').catch(() => undefined));
    if (text === undefined)
        return undefined;
    // BuildKit reads <Dockerfile>.dockerignore before the context's .dockerignore.
    const ignoreText = (await (0,promises_.readFile)(`${path}.dockerignore`, 'utf8').catch(() => undefined)) ??
        (await (0,promises_.readFile)((0,external_node_path_.resolve)(build.context, '.dockerignore'), 'utf8').catch(() => ''));
    const ignored = (0,dockerignore/* parseDockerignore */.y)(ignoreText);
    const copies = await imageCopies(build, text);
    return {
        holds(source, target) {
            const inContext = (0,external_node_path_.relative)(build.context, source);
            if (inContext.startsWith('..') || (inContext && ignored(inContext.split(external_node_path_.sep).join('/'))))
                return false;
            const want = external_node_path_.posix.resolve('/', target);
            return copies.some((copy) => {
                if (copy.from === source)
                    return copy.to === want;
                const rel = (0,external_node_path_.relative)(copy.from, source);
                if (!copy.directory || !rel || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`))
                    return false;
                return external_node_path_.posix.join(copy.to, rel.split(external_node_path_.sep).join('/')) === want;
            });
        },
    };
}
/**
 * The image a build's stage rests on: the FROM at the root of the built stage's chain (`scratch` included),
 * undefined when the Dockerfile cannot be read or names it with a variable. Whether the built image has a
 * shell follows from it (template/volume-seed.ts).
 */
async function builtFrom(build) {
    const text = build.dockerfileInline ??
        (await (0,promises_.readFile)((0,external_node_path_.resolve)(build.context, build.dockerfile), 'utf8').catch(() => undefined));
    if (text === undefined)
        return undefined;
    const base = stageChain(stages(text), build.target)[0]?.base;
    return base && !base.includes('$') ? base : undefined;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/compose/diagnostics.ts
// Collects every problem of a run so they can be reported together.

class Diagnostics {
    errors = [];
    warnings = [];
    error(message, path, location) {
        this.errors.push(make(message, path, location));
    }
    warn(message, path, location) {
        this.warnings.push(make(message, path, location));
    }
    /** Throws one UserError carrying all errors so far, if there are any. */
    throwIfAny() {
        if (this.errors.length === 0)
            return;
        // Report in reading order: by file, then line, then column (passes find them out of order).
        this.errors.sort(byLocation);
        // The diagnostics are printed one by one (with their locations) by the shells: the summary only counts.
        const n = this.errors.length;
        const summary = n === 1 ? 'The compose project is invalid (1 error)' : `The compose project has ${n} errors`;
        throw new errors/* UserError */.yo(summary, this.errors);
    }
}
function make(message, path, location) {
    const d = { message };
    if (path)
        d.path = path;
    if (location)
        d.location = location;
    return d;
}
/** Warnings in reading order. */
function sortedWarnings(diags) {
    return [...diags.warnings].sort(byLocation);
}
function byLocation(a, b) {
    const x = a.location;
    const y = b.location;
    if (!x || !y)
        return x ? -1 : y ? 1 : 0;
    return x.file === y.file ? x.line - y.line || x.column - y.column : x.file < y.file ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/compose/discover.ts
// Which compose files to read when none are given: COMPOSE_FILE, else the first of the
// standard names in the working directory plus its matching override file, as Compose does.


const COMPOSE_FILE_NAMES = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yaml',
    'docker-compose.yml',
];
async function exists(path) {
    try {
        await (0,promises_.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function discoverFiles(files, workingDir, environment) {
    const absolute = (f) => ((0,external_node_path_.isAbsolute)(f) ? f : (0,external_node_path_.resolve)(workingDir, f));
    if (files.length > 0)
        return { files: files.map(absolute), searched: [] };
    const fromEnv = environment.COMPOSE_FILE;
    if (fromEnv) {
        const separator = environment.COMPOSE_PATH_SEPARATOR || external_node_path_.delimiter;
        return { files: fromEnv.split(separator).filter(Boolean).map(absolute), searched: [] };
    }
    const searched = COMPOSE_FILE_NAMES.map((name) => (0,external_node_path_.join)(workingDir, name));
    for (const candidate of searched) {
        if (!(await exists(candidate)))
            continue;
        const found = [candidate];
        const override = candidate.replace(/\.(ya?ml)$/, '.override.$1');
        if (await exists(override))
            found.push(override);
        return { files: found, searched };
    }
    return { files: [], searched };
}

// EXTERNAL MODULE: ./src/compose/aws-extensions.ts + 7 modules
var aws_extensions = __webpack_require__(9263);
;// CONCATENATED MODULE: ./src/compose/bind-mount-rules.ts

const FIX = 'Fargate cannot mount host paths. Add a production override file that replaces the list, e.g. `volumes: !reset []` (or `!override` with named volumes), or set bind-mounts: drop to drop them';
/**
 * Why `auto` may not drop the mount as source code the image already holds, or undefined when it may:
 * the source is a file or directory inside the workspace (not a socket, not .git) and the service's
 * Dockerfile copies exactly it to exactly the mount's target.
 */
function sourceCodeRefusal(ctx, service, mount) {
    const source = ctx.sources?.get(mount.source);
    const workspace = ctx.workspace ?? ctx.project.workingDir;
    const real = source?.realPath ?? mount.source;
    if (source?.realPath && !source.kind)
        return `${mount.written ?? mount.source} is a socket or device of the host, which no task can reach`;
    if (!inside(workspace, mount.source) || !inside(workspace, real))
        return `it lies outside the workspace (${workspace})`;
    if (inGitMetadata(inside(workspace, real)))
        return 'it is inside .git';
    const keepData = mount.readOnly ? '' : ': keep data the service writes in a named volume (EFS)';
    if (!service.build)
        return `the service's image is not built from this project, so it does not hold it${keepData}`;
    if (!ctx.images?.get(service.name)?.holds(real, mount.target))
        return `the Dockerfile does not copy it to ${mount.target}, so the image lacks it${keepData}`;
    return '';
}
/** Applies the policy to one bind mount; whether it stays in the model (it then is an error). */
function applyBindMountPolicy(ctx, service, mount, path) {
    const { project, diags, policy } = ctx;
    const location = ctx.sourceMap.locate(path);
    const what = `bind mount of ${mount.written ?? mount.source} at ${mount.target}`;
    const source = ctx.sources?.get(mount.source);
    const refusal = bindConfigRefusal(project, mount, source);
    if (policy.configs && refusal === undefined) {
        const config = bindMountToConfig(project, service, mount, path);
        diags.warn(`the ${what} is delivered as config ${config} (bind-mounts)`, path, location);
        return false;
    }
    if (policy.drop === 'all') {
        diags.warn(`dropped the ${what}: Fargate cannot mount host paths`, path, location);
        return false;
    }
    const notSource = policy.drop === 'copied-source' ? sourceCodeRefusal(ctx, service, mount) : undefined;
    if (notSource === '') {
        diags.warn(`dropped the ${what}: the image already holds it there (the Dockerfile copies it), so the task runs the image's copy`, path, location);
        return false;
    }
    // Configuration (read-only, or a single file) can be delivered as a config; source code is better reset.
    const looksLikeConfiguration = mount.readOnly || source?.kind === 'file';
    const asConfig = !looksLikeConfiguration
        ? ''
        : policy.configs
            ? `; it cannot become a config: ${refusal}`
            : refusal === undefined
                ? '; as it looks like configuration, set bind-mounts: configs (or auto) to deliver it to the tasks as a config'
                : `; bind-mounts: configs could not deliver it as a config: ${refusal}`;
    const notDropped = notSource ? `; bind-mounts: auto does not drop it: ${notSource}` : '';
    diags.error(`${what}: ${FIX}${asConfig}${notDropped}`, path, location);
    return true;
}

// EXTERNAL MODULE: ./src/compose/gpu-rules.ts
var gpu_rules = __webpack_require__(4376);
;// CONCATENATED MODULE: ./src/compose/node.ts
function mapNode(loc, entries = new Map()) {
    return { kind: 'map', loc, entries };
}
function seqNode(loc, items = []) {
    return { kind: 'seq', loc, items };
}
function scalarNode(loc, value) {
    return { kind: 'scalar', loc, value };
}
function get(node, key) {
    return node?.kind === 'map' ? node.entries.get(key)?.value : undefined;
}
/** Sets (or replaces) a key, keeping the key position of an existing entry. */
function set(node, key, value) {
    const existing = node.entries.get(key);
    node.entries.set(key, { keyLoc: existing?.keyLoc ?? value.loc, value });
}
/** Words for "what was found", used in "expected X, found Y" messages. */
function describe(node) {
    if (node.kind === 'map')
        return 'a mapping';
    if (node.kind === 'seq')
        return 'a list';
    if (node.value === null)
        return 'null';
    if (typeof node.value === 'string')
        return `the string ${JSON.stringify(clip(node.value))}`;
    return `${typeof node.value} ${String(node.value)}`;
}
function clip(text, max = 60) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
/** Plain JavaScript value of a subtree (for extensions and schema checks). */
function toPlain(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toPlain);
    const out = {};
    for (const [key, entry] of node.entries)
        out[key] = toPlain(entry.value);
    return out;
}

// EXTERNAL MODULE: ./src/compose/units.ts
var units = __webpack_require__(2611);
;// CONCATENATED MODULE: ./src/compose/normalize/read.ts


function expected(ctx, node, path, what) {
    ctx.diags.error(`expected ${what}, found ${describe(node)}`, path, node.loc);
    return undefined;
}
function asMap(ctx, node, path, what = 'a mapping') {
    return node.kind === 'map' ? node : expected(ctx, node, path, what);
}
function str(ctx, node, path) {
    return node.kind === 'scalar' && typeof node.value === 'string'
        ? node.value
        : expected(ctx, node, path, 'a string');
}
/** Strings, plus numbers and booleans written where Compose takes their text (labels, env values). */
function read_text(ctx, node, path) {
    if (node.kind === 'scalar' && node.value !== null)
        return String(node.value);
    return expected(ctx, node, path, 'a string, number or boolean');
}
function read_int(ctx, node, path, min = 0) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^[+-]?\d+$/.test(v.trim()) ? Number(v) : NaN;
    if (Number.isSafeInteger(n) && n >= min)
        return n;
    return expected(ctx, node, path, min === 0 ? 'a whole number, 0 or more' : `a whole number, ${min} or more`);
}
function num(ctx, node, path) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    const n = typeof v === 'number'
        ? v
        : typeof v === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(v)
            ? Number(v)
            : NaN;
    return Number.isFinite(n) && n >= 0 ? n : expected(ctx, node, path, 'a number');
}
function bool(ctx, node, path) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'string' && /^(true|false)$/i.test(v))
        return v.toLowerCase() === 'true';
    return expected(ctx, node, path, 'true or false');
}
function duration(ctx, node, path) {
    const v = node.kind === 'scalar' && typeof node.value === 'string' ? (0,units/* parseDuration */.E)(node.value) : undefined;
    return v ?? expected(ctx, node, path, 'a duration such as 30s, 1m30s or 500ms');
}
function size(ctx, node, path) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return v;
    const bytes = typeof v === 'string' ? (0,units/* parseSize */.D)(v) : undefined;
    return bytes ?? expected(ctx, node, path, 'a size in bytes or with a unit, such as 512m or 1.5g');
}
function oneOf(ctx, node, path, values) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    if (typeof v === 'string' && values.includes(v))
        return v;
    return expected(ctx, node, path, `one of ${values.join(', ')}`);
}
/** A string or a list of strings (`string_or_list`). */
function strings(ctx, node, path) {
    if (node.kind === 'scalar' && typeof node.value === 'string')
        return [node.value];
    return stringList(ctx, node, path);
}
/** A list of strings only. */
function stringList(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of strings');
    const out = [];
    node.items.forEach((item, i) => {
        const s = str(ctx, item, [...path, i]);
        if (s !== undefined)
            out.push(s);
    });
    return out;
}
/**
 * `list_or_dict`: a mapping of KEY: value, or a list of "KEY=value" (a bare "KEY" gives null).
 * `allowNull` says whether a missing value is meaningful (environment) or an error.
 */
function dict(ctx, node, path, allowNull = false) {
    const out = new Map();
    if (node.kind === 'map') {
        for (const [key, entry] of node.entries) {
            const v = entry.value;
            if (v.kind === 'scalar' && v.value === null) {
                if (allowNull)
                    out.set(key, { value: null, node: v });
                else
                    expected(ctx, v, [...path, key], 'a string, number or boolean');
            }
            else {
                const s = read_text(ctx, v, [...path, key]);
                if (s !== undefined)
                    out.set(key, { value: s, node: v });
            }
        }
    }
    else if (node.kind === 'seq') {
        node.items.forEach((item, i) => {
            const s = str(ctx, item, [...path, i]);
            if (s === undefined)
                return;
            const eq = s.indexOf('=');
            if (eq === 0)
                return expected(ctx, item, [...path, i], 'KEY=value');
            if (eq > 0)
                out.set(s.slice(0, eq), { value: s.slice(eq + 1), node: item });
            else if (allowNull)
                out.set(s, { value: null, node: item });
            else
                expected(ctx, item, [...path, i], 'KEY=value');
        });
    }
    else
        expected(ctx, node, path, 'a mapping or a list of KEY=value');
    return out;
}
/** Like dict, for fields where every value must be present (labels, args). */
function stringDict(ctx, node, path) {
    const out = {};
    for (const [k, v] of dict(ctx, node, path))
        out[k] = v.value ?? '';
    return out;
}
/**
 * Walks a mapping: each known key goes to its handler, `x-*` keys into the extensions,
 * and anything else is an error that lists what is allowed (nothing is silently dropped).
 */
function fields(ctx, node, path, handlers, where, extensions, 
/** Fields accepted here and judged elsewhere (a service's fields with no place in the model). */
accepted) {
    for (const [key, entry] of node.entries) {
        const handler = Object.hasOwn(handlers, key) ? handlers[key] : undefined;
        if (handler)
            handler(entry.value, [...path, key]);
        else if (accepted && Object.hasOwn(accepted, key))
            continue;
        else if (extensions && key.startsWith('x-'))
            extensions[key] = toPlain(entry.value);
        else {
            const known = [...Object.keys(handlers), ...Object.keys(accepted ?? {})];
            const close = closest(key, known);
            const hint = close
                ? `did you mean ${JSON.stringify(close)}?`
                : known.length <= 12
                    ? `allowed: ${known.join(', ')}${extensions ? ', x-*' : ''}`
                    : 'see docs/compose-support.md for the supported fields';
            ctx.diags.error(`unknown field ${JSON.stringify(key)} in ${where} (${hint})`, [...path, key], entry.keyLoc);
        }
    }
}
const origins = new WeakMap();
/** Remembers where a model object was written when its model path differs (tmpfs:, port ranges). */
function setOrigin(value, path) {
    origins.set(value, path);
    return value;
}
function originOf(value) {
    return origins.get(value);
}
/** The known name within edit distance 2 of a misspelt one (`port` → `ports`), if any. */
function closest(word, known) {
    let best;
    let bestDistance = 3;
    for (const candidate of known) {
        if (Math.abs(candidate.length - word.length) >= bestDistance)
            continue;
        const d = editDistance(word, candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row;
    }
    return prev[b.length];
}
/** Drops keys whose value is undefined, so models compare and serialise cleanly. */
function compact(value) {
    for (const key of Object.keys(value))
        if (value[key] === undefined)
            delete value[key];
    return value;
}

// EXTERNAL MODULE: ./src/compose/one-shot.ts
var one_shot = __webpack_require__(8769);
;// CONCATENATED MODULE: ./src/compose/ecs-rules.ts





const error = (reason) => ({ level: 'error', reason });
const warning = (reason) => ({ level: 'warning', reason });
/** Service fields the model does not carry, and what happens to each on ECS. */
const UNMODELLED_SERVICE_FIELDS = {
    container_name: warning('ECS names tasks itself; other services reach this one by its service name'),
    domainname: warning('Fargate tasks use the VPC DNS domain'),
    dns: warning('Fargate tasks use the VPC resolver; configure Route 53 Resolver rules instead'),
    dns_opt: warning('Fargate tasks use the VPC resolver'),
    dns_search: warning('Fargate tasks use the VPC resolver'),
    external_links: warning('reach other stacks through their load balancer or service discovery name'),
    pull_policy: warning('ECS pulls the image when a task starts'),
    pull_refresh_after: warning('ECS pulls the image when a task starts'),
    stop_signal: warning('ECS always sends SIGTERM; make the process handle SIGTERM'),
    develop: warning('`develop` (watch) is for local development only'),
    attach: warning('logs go to the configured log driver'),
    annotations: warning('ECS has no container annotations; use labels'),
    oom_score_adj: warning('Fargate does not expose OOM scoring'),
    oom_kill_disable: warning('Fargate does not expose OOM settings'),
    mem_swappiness: warning('Fargate tasks have no swap'),
    memswap_limit: warning('Fargate tasks have no swap'),
    shm_size: warning('Fargate does not support a custom /dev/shm size; the task runs with the default'),
    cpu_shares: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
    cpu_quota: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
    cpu_period: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
    cpu_count: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
    cpu_percent: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
    cpuset: warning('Fargate does not pin CPUs'),
    blkio_config: warning('Fargate does not expose block I/O weights'),
    cgroup_parent: warning('Fargate manages cgroups itself'),
    group_add: warning('ECS does not add supplementary groups; set them in the image'),
    label_file: error('label files are not supported by this tool; write the labels under `labels:`'),
    security_opt: error('Fargate does not accept security options (seccomp, AppArmor, SELinux labels); remove them'),
    ipc: error('Fargate tasks cannot share IPC namespaces; remove `ipc`'),
    uts: error('Fargate tasks cannot use the host UTS namespace; remove `uts`'),
    userns_mode: error('Fargate does not support user namespace modes; remove `userns_mode`'),
    cgroup: error('Fargate does not support cgroup namespace modes; remove `cgroup`'),
    runtime: error('Fargate runs its own container runtime; remove `runtime`'),
    isolation: error('isolation is a Windows container option that Fargate Linux tasks do not have'),
    credential_spec: error('gMSA credential specs need Windows containers on EC2'),
    device_cgroup_rules: error('Fargate tasks cannot access host devices'),
    storage_opt: error('Fargate does not accept storage driver options; size ephemeral storage at the task level'),
    volumes_from: error('containers in different ECS services cannot share volumes this way; mount the same named volume (EFS) in both'),
    mac_address: error('Fargate assigns network interfaces itself; remove `mac_address`'),
    post_start: error('ECS has no container lifecycle hooks; run the step in the entrypoint'),
    pre_stop: error('ECS has no container lifecycle hooks; handle SIGTERM in the process'),
    models: error('model runners are not available on ECS'),
    provider: error('provider services are not supported on ECS'),
    use_api_socket: error('there is no Docker API socket on Fargate'),
};
/**
 * network_mode on Fargate, where every task has its own awsvpc network namespace: `service:<name>` is how
 * compose writes a sidecar (it joins that service's task: the containers of one task share the namespace, so
 * `localhost` between them works as under compose; the project-level checks are in sidecarFindings), `bridge`
 * and the other Docker drivers only say what local Docker does and are ignored, while host, none and
 * container:… ask for namespaces a Fargate task cannot join.
 */
function networkModeRule(mode) {
    if (mode === undefined || mode === 'awsvpc' || mode.startsWith('service:'))
        return undefined;
    if (mode === 'host' || mode === 'none' || mode.startsWith('container:'))
        return error(`Fargate tasks always use awsvpc networking; network_mode "${mode}" cannot be honoured. Remove network_mode and attach the service to networks instead`);
    return warning(`Fargate tasks always use awsvpc networking; network_mode "${mode}" does not apply`);
}
/**
 * The Fargate table for the fields the model carries. The loader reports these with the unmodelled
 * fields above, once each; the converter takes a loaded project as checked and does not judge these
 * fields again (it used to, with other wording and verdicts), so one table decides everywhere.
 * A one-shot service (one-shot.ts) becomes a job: the deploy runs it once and honours its restart policy
 * (on-failure retries), and `deploy.mode: replicated-job` is what makes it one.
 */
function fargateFindings(service, oneShot = false) {
    const out = [];
    const add = (rule, ...at) => out.push({ at, rule });
    const rule = networkModeRule(service.networkMode);
    if (rule)
        add(rule, 'network_mode');
    if (service.privileged)
        add(error('Fargate does not run privileged containers; grant only the capabilities needed with cap_add (Fargate allows SYS_PTRACE)'), 'privileged');
    if (service.pid !== undefined)
        add(error(`Fargate supports only pid "task" (shared within a task), not "${service.pid}"; remove pid`), 'pid');
    if (service.devices.length > 0)
        add(error('Fargate tasks cannot access host devices; remove devices'), 'devices');
    service.capAdd.forEach((cap, i) => {
        if (cap.toUpperCase().replace(/^CAP_/, '') !== 'SYS_PTRACE')
            add(error(`Fargate can add only the SYS_PTRACE capability, not ${cap}`), 'cap_add', i);
    });
    if (service.restart !== undefined && service.restart !== 'no' && !oneShot)
        add(warning('ECS services restart stopped tasks themselves; restart policies do not apply'), 'restart');
    if (service.hostname !== undefined)
        add(warning('Fargate sets the hostname of each task; reach services by their service name'), 'hostname');
    if (service.extraHosts.length > 0)
        add(error('Fargate (awsvpc) tasks cannot add /etc/hosts entries; use service discovery or Route 53 names'), 'extra_hosts');
    const deploy = service.deploy;
    if (deploy?.mode === 'global-job' && oneShot)
        add(warning('Fargate has no nodes: a global job runs once per deploy, as a replicated job'), 'deploy', 'mode');
    else if (deploy?.mode && deploy.mode !== 'replicated' && !(deploy.mode === 'replicated-job' && oneShot))
        add(error(`deploy.mode ${deploy.mode} is not available on Fargate (only replicated services, and replicated-job for a one-shot service)`), 'deploy', 'mode');
    if (deploy?.placement !== undefined)
        add(warning('Fargate places tasks itself; deploy.placement does not apply'), 'deploy', 'placement');
    if (Object.keys(deploy?.labels ?? {}).length > 0)
        add(warning('deploy.labels are Swarm service labels; container labels go under labels:'), 'deploy', 'labels');
    if (deploy?.rollbackConfig)
        add(warning('the deployment circuit breaker rolls back'), 'deploy', 'rollback_config');
    if (deploy?.restartPolicy && !oneShot)
        add(warning('ECS replaces every task of a service that stops'), 'deploy', 'restart_policy');
    if (deploy?.resources?.limits?.pids !== undefined)
        add(warning('pids limits are not available on Fargate'), 'deploy', 'resources', 'limits', 'pids');
    return out;
}
/**
 * `network_mode: service:<name>` across the project: it must name another service of the project, it cannot
 * be combined with `networks` (compose refuses that too), and it must agree with x-aws-sidecar_of when both
 * are given. Either form then makes the service a container of <name>'s task (src/template/tasks.ts).
 */
function sidecarFindings(project) {
    const out = [];
    for (const [name, service] of Object.entries(project.services)) {
        const mode = service.networkMode;
        if (!mode?.startsWith('service:'))
            continue;
        const target = mode.slice('service:'.length);
        const at = ['services', name, 'network_mode'];
        if (target === name)
            out.push({ at, rule: error(`service ${name} cannot be its own sidecar`) });
        else if (!project.services[target])
            out.push({
                at,
                rule: error(`network_mode "${mode}" names no service of this project (is "${target}" spelled right, or left out by a profile?)`),
            });
        if (Object.keys(service.networks).length > 0)
            out.push({
                at,
                rule: error(`network_mode "${mode}" shares ${target}'s network, so the service cannot also join networks; remove networks`),
            });
        const declared = service.aws?.sidecarOf;
        if (declared !== undefined && declared !== target)
            out.push({
                at: ['services', name, 'x-aws-sidecar_of'],
                rule: error(`x-aws-sidecar_of names ${declared} but network_mode names ${target}; a service is a container of one task — keep one of them`),
            });
    }
    return out;
}
/** Applies the rules to a normalised project; warnings and errors go to `diags`. */
function applyEcsRules(project, sourceMap, rawFields, diags, options = {}) {
    const report = (rule, path) => {
        const location = sourceMap.locate(path);
        if (rule.level === 'error')
            diags.error(rule.reason, path, location);
        else
            diags.warn(`ignored on ECS: ${rule.reason}`, path, location);
    };
    for (const f of sidecarFindings(project))
        report(f.rule, f.at);
    const oneShot = (0,one_shot/* oneShotServices */.J)(project);
    const bindContext = {
        project,
        sourceMap,
        diags,
        policy: options.bindMounts ?? (0,bind_policy/* bindMountPolicy */.nb)('error'),
        ...(options.bindSources ? { sources: options.bindSources } : {}),
        ...(options.images ? { images: options.images } : {}),
        ...(options.workspace ? { workspace: options.workspace } : {}),
    };
    for (const [name, service] of Object.entries(project.services)) {
        const at = (...rest) => ['services', name, ...rest];
        for (const field of rawFields.get(name) ?? []) {
            const rule = UNMODELLED_SERVICE_FIELDS[field];
            if (rule)
                report(rule, at(field));
        }
        for (const f of fargateFindings(service, oneShot.has(name)))
            report(f.rule, at(...f.at));
        for (const f of (0,gpu_rules/* gpuFindings */.Z)(service))
            report(error(f.reason), f.at);
        service.volumes = service.volumes.filter((mount, index) => 
        // tmpfs is not a bind mount: the converter's own rule (template/volume-mounts.ts) decides.
        mount.type === 'bind'
            ? applyBindMountPolicy(bindContext, service, mount, originOf(mount) ?? at('volumes', index))
            : true);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/compose/plain-env.ts
// Runs a synchronous step with process.env replaced by a plain copy of itself, then puts the real one back.
// The yaml library's parser reads process.env.LOG_TOKENS (its debug switch) once per token, and Node's
// process.env is an interceptor that asks the C++ side on every read (~0.25 µs under Node 24, several
// times that under Node 20): a tenth of parsing a large compose file (issue 13: loading). A plain object
// answers the same values in a few nanoseconds. Nothing else can run during a synchronous step, so no
// other code ever sees the copy, and the real object is restored even when the step throws.
function withPlainProcessEnv(step) {
    const real = process.env;
    try {
        process.env = { ...real };
    }
    catch {
        return step(); // a process.env that cannot be replaced (made read-only by the host): only slower
    }
    try {
        return step();
    }
    finally {
        process.env = real;
    }
}

;// CONCATENATED MODULE: ./src/compose/parse.ts



/** Most nodes one document may expand to (aliases included); real projects use far fewer. */
const MAX_NODES = 250_000;
/** Deepest nesting accepted; compose documents are a handful of levels deep. */
const MAX_DEPTH = 64;
/** Largest compose or env file read, in bytes. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** The yaml library's own guard against alias expansion, kept in step with MAX_NODES. */
const MAX_ALIAS_COUNT = 1000;
const MERGE_TAGS = new Set(['!reset', '!override']);
class Abort extends Error {
}
/** Decodes bytes as strict UTF-8 (a BOM is dropped); reports where the first bad byte is. */
function decodeUtf8(bytes, file, diags) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        const lossy = new TextDecoder('utf-8').decode(bytes);
        const before = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD')));
        const line = before.split('\n').length;
        const column = before.length - before.lastIndexOf('\n');
        diags.error('the file is not valid UTF-8 text', undefined, { file, line, column });
        return undefined;
    }
}
/** Parses one YAML document. Returns undefined (with diagnostics) when it cannot be read. */
function parseYaml(text, file, diags) {
    const lineCounter = new dist/* LineCounter */.HN();
    const at = locator(lineCounter, file);
    const doc = readDocument(text, file, lineCounter, diags, at);
    if (!doc)
        return undefined;
    const before = diags.errors.length;
    try {
        const root = new TreeBuilder(at, diags).convert(doc.contents, 0, { file, line: 1, column: 1 }, 0);
        if (diags.errors.length > before)
            return undefined;
        if (root.kind === 'scalar' && root.value === null)
            return mapNode(root.loc);
        return root;
    }
    catch (err) {
        if (err instanceof AbortAt)
            diags.error(err.message, undefined, err.loc);
        else if (err instanceof Abort)
            diags.error(err.message, undefined, { file, line: 1, column: 1 });
        else if (err instanceof RangeError)
            diags.error('the document is too deeply nested to read', undefined, { file, line: 1, column: 1 });
        else
            throw err;
        return undefined;
    }
}
/** The line holding an offset: the last line start at or before it (the parser records offset 0 first). */
function locator(lineCounter, file) {
    const starts = lineCounter.lineStarts;
    return (offset) => {
        const at = offset ?? 0;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= at)
                low = mid;
            else
                high = mid - 1;
        }
        return { file, line: low + 1, column: at - (starts[low] ?? 0) + 1 };
    };
}
/** The library's document, or undefined when it has errors (each reported where it was found). */
function readDocument(text, file, lineCounter, diags, at) {
    let doc;
    try {
        doc = withPlainProcessEnv(() => (0,dist/* parseDocument */.Tp)(text, {
            lineCounter,
            merge: true,
            // Checked below instead, in one pass per mapping: the library compares each key with every earlier
            // one, which is quadratic in a `services:` of a thousand entries (issue 13: loading).
            uniqueKeys: false,
            prettyErrors: false,
            strict: true,
        }));
    }
    catch (err) {
        diags.error(`the YAML parser gave up: ${err.message}`, undefined, {
            file,
            line: 1,
            column: 1,
        });
        return undefined;
    }
    const before = diags.errors.length;
    for (const e of doc.errors)
        diags.error(yamlMessage(e.message), undefined, at(e.pos[0]));
    for (const w of doc.warnings) {
        const tag = /^Unresolved tag: (.*)$/.exec(w.message)?.[1];
        if (tag && MERGE_TAGS.has(tag))
            continue;
        diags.error(tag ? `unsupported YAML tag ${tag} (only !reset and !override are understood)` : yamlMessage(w.message), undefined, at(w.pos[0]));
    }
    return diags.errors.length > before ? undefined : doc;
}
/**
 * Builds the Node tree in one walk of the library's document. Anchors are indexed and duplicate keys found
 * during the walk (the library's Alias.resolve searches the whole document per alias, which makes many
 * `<<: *defaults` quadratic). The walk is in document order, so every anchor before an alias is indexed
 * when it is met.
 */
class TreeBuilder {
    at;
    diags;
    anchors = new Map();
    budget = MAX_NODES;
    constructor(at, diags) {
        this.at = at;
        this.diags = diags;
    }
    convert(value, depth, fallback, aliases) {
        if (--this.budget < 0)
            throw new Abort(`the document expands to more than ${MAX_NODES} values (YAML aliases repeated too often?)`);
        if (depth > MAX_DEPTH)
            throw new Abort(`the document nests deeper than ${MAX_DEPTH} levels`);
        if ((0,dist/* isAlias */.Vj)(value)) {
            if (aliases > MAX_ALIAS_COUNT)
                throw new Abort('too many nested YAML aliases');
            const target = this.resolveAlias(value.source, value.range?.[0] ?? 0);
            if (!target)
                throw new AbortAt(`unknown YAML alias *${value.source} (no anchor &${value.source} before it)`, this.at(value.range?.[0]));
            return this.convert(target, depth, this.at(value.range?.[0]), aliases + 1);
        }
        // Only at its own place in the document: inside an alias's expansion, a node was met already.
        if (aliases === 0)
            this.indexAnchor(value);
        const node = this.convertNode(value, depth, fallback, aliases);
        const tag = value?.tag;
        if (tag && MERGE_TAGS.has(tag))
            node.tag = tag;
        return node;
    }
    indexAnchor(node) {
        const anchor = node?.anchor;
        if (!anchor)
            return;
        const list = this.anchors.get(anchor) ?? [];
        list.push({ offset: node.range?.[0] ?? 0, node });
        this.anchors.set(anchor, list);
    }
    resolveAlias(name, offset) {
        // The latest definition before the alias wins (anchors may be redefined). Definitions are indexed in
        // document order, so a binary search finds it: a scan per alias made 2 MB of redefined anchors quadratic.
        const defs = this.anchors.get(name) ?? [];
        let low = 0;
        let high = defs.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (defs[mid].offset < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low > 0 ? defs[low - 1].node : undefined;
    }
    convertNode(value, depth, fallback, aliases) {
        if (value === null || value === undefined)
            return scalarNode(fallback, null);
        const loc = this.at(value.range?.[0]);
        if ((0,dist/* isScalar */.jn)(value)) {
            const v = value.value;
            if (v === null || typeof v === 'string' || typeof v === 'boolean')
                return scalarNode(loc, v);
            // Compose's YAML reader (go-yaml) reads `0440` as octal, as YAML 1.1 did; file modes rely on it.
            if (typeof v === 'number')
                return scalarNode(loc, value.type === 'PLAIN' && /^0[0-7]+$/.test(value.source ?? '') ? parseInt(value.source, 8) : v);
            if (typeof v === 'bigint')
                return scalarNode(loc, Number(v));
            return scalarNode(loc, String(v));
        }
        if ((0,dist/* isSeq */.oP)(value)) {
            return seqNode(loc, value.items.map((item) => this.convert(item, depth + 1, loc, aliases)));
        }
        if ((0,dist/* isMap */.jh)(value))
            return this.convertMap(value, loc, depth, aliases);
        return scalarNode(loc, null);
    }
    convertMap(value, loc, depth, aliases) {
        const out = mapNode(loc);
        const merges = [];
        // Duplicate keys as uniqueKeys: true would find them (the library's equality: the same scalar
        // value), once per mapping of the document, not again in an alias's expansion.
        const seen = aliases === 0 ? new Set() : undefined;
        for (const pair of value.items) {
            const keyNode = pair.key;
            const keyOffset = keyNode?.range?.[0];
            const keyLoc = keyOffset === undefined ? loc : this.at(keyOffset);
            if (seen) {
                this.indexAnchor(keyNode);
                if ((0,dist/* isScalar */.jn)(keyNode) && !Number.isNaN(keyNode.value)) {
                    if (seen.has(keyNode.value))
                        this.diags.error(yamlMessage('Map keys must be unique'), undefined, keyLoc);
                    seen.add(keyNode.value);
                }
            }
            if ((0,dist/* isScalar */.jn)(keyNode) && typeof keyNode.value === 'symbol') {
                merges.push(this.convert(pair.value, depth + 1, keyLoc, aliases));
                continue;
            }
            if (keyNode !== null && !(0,dist/* isScalar */.jn)(keyNode))
                throw new AbortAt('mapping keys must be plain values, not lists or mappings', keyLoc);
            const key = keyNode === null ? '' : String(keyNode.value);
            out.entries.set(key, { keyLoc, value: this.convert(pair.value, depth + 1, keyLoc, aliases) });
        }
        // YAML merge keys: explicit keys win, then earlier merge sources win over later ones.
        for (const merged of merges) {
            const sources = merged.kind === 'seq' ? merged.items : [merged];
            for (const source of sources) {
                if (source.kind !== 'map')
                    throw new AbortAt('a `<<` merge key needs a mapping or a list of mappings', source.loc);
                for (const [key, entry] of source.entries)
                    if (!out.entries.has(key))
                        out.entries.set(key, entry);
            }
        }
        return out;
    }
}
class AbortAt extends Abort {
    loc;
    constructor(message, loc) {
        super(message);
        this.loc = loc;
    }
}
/** The yaml library's messages carry their own position suffix; ours already leads with one. */
function yamlMessage(message) {
    return `invalid YAML: ${message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')}`;
}

;// CONCATENATED MODULE: ./src/compose/env-file.ts



const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/**
 * Parses env-file text. `format: 'raw'` keeps everything after `=` verbatim (no quotes,
 * no interpolation). `lookup` resolves `${VAR}` not defined earlier in the same file.
 */
function parseEnvText(text, file, lookup, diags, format) {
    const vars = new Map();
    const local = (name) => (vars.has(name) ? (vars.get(name).value ?? lookup(name)) : lookup(name));
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    for (let n = 0; n < lines.length; n++) {
        const loc = { file, line: n + 1, column: 1 };
        const line = lines[n].replace(/^\s+/, '');
        loc.column = lines[n].length - line.length + 1;
        if (line === '' || line.startsWith('#'))
            continue;
        const body = line.startsWith('export ') ? line.slice(7).trimStart() : line;
        const eq = body.indexOf('=');
        const key = (eq < 0 ? body : body.slice(0, eq)).trim();
        if (!KEY.test(key)) {
            // Never the line itself: a private key or a password file named as an env file would be quoted.
            diags.error('expected KEY=VALUE with a variable name at the start of the line', undefined, loc);
            continue;
        }
        if (eq < 0) {
            vars.set(key, { value: undefined, loc });
            continue;
        }
        let raw = body.slice(eq + 1);
        if (format === 'raw') {
            vars.set(key, { value: raw, loc });
            continue;
        }
        raw = raw.trimStart();
        const quote = raw[0];
        let value;
        if (quote === "'" || quote === '"') {
            // Quoted values may span lines; find the closing quote not preceded by a backslash.
            let joined = raw.slice(1);
            let close = findClose(joined, quote);
            while (close < 0 && n + 1 < lines.length) {
                joined += '\n' + lines[++n];
                close = findClose(joined, quote);
            }
            if (close < 0) {
                diags.error(`unterminated ${quote === '"' ? 'double' : 'single'}-quoted value for ${key}`, undefined, loc);
                continue;
            }
            const inner = joined.slice(0, close);
            value = quote === "'" ? inner : substitute(env_file_unescape(inner), key, local, loc, diags);
        }
        else {
            value = substitute(raw.replace(/\s+#.*$/, '').trimEnd(), key, local, loc, diags);
        }
        vars.set(key, { value, loc });
    }
    return vars;
}
function findClose(text, quote) {
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\\' && quote === '"')
            i++;
        else if (text[i] === quote)
            return i;
    }
    return -1;
}
function env_file_unescape(text) {
    return text.replace(/\\([\\"nrt$])/g, (_, c) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? (c === '$' ? '$$' : c));
}
function substitute(text, key, lookup, loc, diags) {
    if (!text.includes('$'))
        return text;
    const result = interpolateString(text, lookup);
    for (const e of result.errors)
        diags.error(`${key}: ${e}`, undefined, loc);
    return result.value;
}
/** Reads an env file through the loader's reader; `required` says whether a missing file is an error. */
async function readEnvFile(path, display, lookup, diags, options) {
    const result = await options.read(path, { maxBytes: MAX_FILE_BYTES, confine: options.confine ?? false });
    if ('problem' in result) {
        if (options.required || !result.missing)
            diags.error(`env file ${display} ${result.problem}`, options.usedPath, options.usedAt);
        return new Map();
    }
    const text = decodeUtf8(result.bytes, display, diags);
    return text === undefined ? new Map() : parseEnvText(text, display, lookup, diags, options.format);
}
/**
 * A service's `env_file:` (a path, a list, or long form `{path, required, format}`), read in
 * order; later files win. Paths are absolute already (paths.ts).
 */
async function readServiceEnvFiles(node, path, lookup, diags, display, read) {
    const out = new Map();
    const items = node.kind === 'seq' ? node.items.map((n, i) => [n, [...path, i]]) : [[node, path]];
    for (const [item, at] of items) {
        let file;
        let required = true;
        let format;
        if (item.kind === 'scalar' && typeof item.value === 'string')
            file = item.value;
        else if (item.kind === 'map') {
            for (const [key, entry] of item.entries) {
                const v = entry.value;
                const value = v.kind === 'scalar' ? v.value : undefined;
                if (key === 'path' && typeof value === 'string')
                    file = value;
                else if (key === 'required' && (typeof value === 'boolean' || value === 'true' || value === 'false'))
                    required = value === true || value === 'true';
                else if (key === 'format' && value === 'raw')
                    format = 'raw';
                else
                    diags.error(`expected path (a string), required (true or false) or format (raw) in an env_file entry, found ${key}: ${describe(v)}`, [...at, key], entry.keyLoc);
            }
            if (file === undefined)
                diags.error('an env_file entry needs `path`', at, item.loc);
        }
        else
            diags.error(`expected an env file path or a mapping with path, found ${describe(item)}`, at, item.loc);
        if (file === undefined)
            continue;
        const vars = await readEnvFile(file, display(file), lookup, diags, {
            required,
            read,
            confine: true,
            usedAt: item.loc,
            usedPath: [...at],
            ...(format && { format }),
        });
        for (const [key, entry] of vars) {
            // A bare `KEY` takes the environment's value: never a runner credential's.
            if (entry.value === undefined) {
                try {
                    out.set(key, lookup(key));
                }
                catch (err) {
                    if (!(err instanceof RefusedVariable))
                        throw err;
                    diags.error(err.message, undefined, entry.loc);
                }
            }
            else
                out.set(key, entry.value);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/compose/runner-credentials.ts
var runner_credentials = __webpack_require__(8055);
;// CONCATENATED MODULE: ./src/compose/environment.ts




/**
 * Builds the interpolation lookup of a project directory: the environment wins over env files, later
 * env files over earlier ones; `.env` first unless `mode` is 'instead-of-dotenv' with files given.
 * `fromRunner` marks the given files as the runner's (the env-file input), not the repository's.
 */
async function projectLookup(sources, projectDir, envFiles, mode) {
    const env = sources.environment;
    const fromFiles = new Map();
    const runnerValue = (name, value) => {
        if (value !== undefined)
            sources.onRunnerValue?.({ name, value });
        return value;
    };
    const base = (name) => {
        const refused = (0,runner_credentials/* runnerCredential */.g)(name);
        if (refused)
            throw new RefusedVariable(name, refused);
        if (env[name] !== undefined)
            return runnerValue(name, env[name]);
        const file = fromFiles.get(name);
        return file?.runner ? runnerValue(name, file.value) : file?.value;
    };
    // Joined by hand: ncc's asset relocator rewrites resolve(dir, '.env') into a path inside dist/.
    const dotEnv = [(0,external_node_path_.resolve)(projectDir), '.env'].join(external_node_path_.sep);
    const given = envFiles ?? [];
    const list = [
        ...(mode === 'after-dotenv' || given.length === 0 ? [[dotEnv, false]] : []),
        ...given.map((f) => [f, true]),
    ];
    for (const [file, required] of list) {
        const fromInput = required && mode === 'after-dotenv';
        const shown = fromInput ? `${sources.display(file)} (from the env-file input)` : sources.display(file);
        const vars = await readEnvFile(file, shown, base, sources.diags, {
            required,
            read: sources.read,
            // An include's .env and env files are named by a compose file: confined to the workspace.
            confine: mode === 'instead-of-dotenv',
        });
        for (const [key, entry] of vars)
            if (entry.value !== undefined || env[key] !== undefined)
                fromFiles.set(key, {
                    value: entry.value ?? env[key],
                    runner: fromInput || entry.value === undefined,
                });
    }
    return base;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/workspace.ts
// "The workspace": the one directory a compose project may read files from. In the action it is
// GITHUB_WORKSPACE (where actions/checkout puts the repository); in the CLI the git repository around the
// working directory, else the working directory itself. A file a compose project names outside it (the
// runner's ~/.ssh, /proc/self/environ, $RUNNER_TEMP's registry login) or inside `.git` (actions/checkout
// keeps the job's token in .git/config) is not the project's to read.



/** The workspace root: GITHUB_WORKSPACE when set, else the enclosing git repository's root, else `cwd`. */
function workspaceRoot(env, cwd) {
    if (env.GITHUB_WORKSPACE)
        return (0,external_node_path_.resolve)(cwd, env.GITHUB_WORKSPACE);
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        // `.git` is a directory in a clone and a file in a worktree or submodule.
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return dir;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return (0,external_node_path_.resolve)(cwd);
    }
}
/**
 * Whether `path`, symbolic links resolved, lies inside the workspace `root` and outside any `.git`
 * directory. A path that does not exist yet is judged by its deepest existing ancestor (a link there
 * still counts). `relative` is '/'-separated ('' for the root itself).
 */
async function insideWorkspace(root, path) {
    const realRoot = await (0,promises_.realpath)(root).catch(() => (0,external_node_path_.resolve)(root));
    const real = await realpathOfNearest((0,external_node_path_.resolve)(root, path));
    const rel = (0,external_node_path_.relative)(realRoot, real);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel))
        return {
            inside: false,
            realPath: real,
            reason: `it is outside the workspace ${realRoot}`,
            gitMetadata: false,
        };
    const parts = rel === '' ? [] : rel.split(external_node_path_.sep);
    if (parts.includes('.git'))
        return {
            inside: false,
            realPath: real,
            reason: 'it is inside .git, the repository’s metadata (actions/checkout keeps the job’s token in .git/config)',
            gitMetadata: true,
        };
    return { inside: true, realPath: real, relative: parts.join('/') };
}
async function realpathOfNearest(path) {
    const rest = [];
    for (let dir = path;;) {
        const real = await (0,promises_.realpath)(dir).catch(() => undefined);
        if (real !== undefined)
            return (0,external_node_path_.join)(real, ...[...rest].reverse());
        if ((0,external_node_path_.dirname)(dir) === dir)
            return path;
        rest.push((0,external_node_path_.basename)(dir));
        dir = (0,external_node_path_.dirname)(dir);
    }
}

// EXTERNAL MODULE: ./src/compose/read-bounded.ts
var read_bounded = __webpack_require__(7458);
;// CONCATENATED MODULE: ./src/compose/file-access.ts
// Every file the loader reads goes through here: confined to the workspace when a compose file named it
// (src/workspace.ts), read once per real path however often it is named (an include fan-out reads each
// file once), bounded in size, and stoppable by the run's abort signal (src/compose/read-bounded.ts).



/** The input that lets a project read files outside the workspace; named in every refusal. */
const OUTSIDE_WORKSPACE_INPUT = 'allow-outside-workspace';
function fileAccess(options) {
    const reads = new Map();
    const refusal = async (path) => {
        const check = await insideWorkspace(options.workspace, path);
        if (check.inside)
            return undefined;
        // `.git` holds the job's token: no opt-out reaches it.
        if (options.allowOutside && !check.gitMetadata)
            return undefined;
        return check.gitMetadata
            ? check.reason
            : `${check.reason} (the input ${OUTSIDE_WORKSPACE_INPUT}: true allows files outside it)`;
    };
    const read = async (path, request) => {
        const real = await (0,promises_.realpath)(path).catch(() => undefined);
        if (real === undefined)
            return (0,read_bounded/* readBounded */.C)(path, request.maxBytes, options.signal);
        if (request.confine) {
            const why = await refusal(path);
            if (why)
                return { problem: `is not read: ${why}` };
        }
        const key = `${request.maxBytes}\0${real}`;
        let pending = reads.get(key);
        if (!pending) {
            pending = (0,read_bounded/* readBounded */.C)(real, request.maxBytes, options.signal);
            reads.set(key, pending);
        }
        return pending;
    };
    return { read, refusal };
}

;// CONCATENATED MODULE: ./src/compose/workspace-paths.ts



/** additional_contexts values that name no local directory. */
const NAMED_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|docker-image:|service:|target:|oci-layout:)/i;
async function checkWorkspacePaths(project, sourceMap, diags, policy) {
    const error = (message, at) => diags.error(message, at, sourceMap.locate(at));
    for (const named of namedPaths(project)) {
        const why = await policy.refusal(named.path);
        if (why)
            error(`${named.what} ${named.path} is not used: ${why}`, named.at);
    }
    const optOut = `(the input ${OUTSIDE_WORKSPACE_INPUT}: true allows it)`;
    for (const service of Object.values(project.services)) {
        const build = service.build;
        if (!build)
            continue;
        const base = ['services', service.name, 'build'];
        if ((build.privileged || build.entitlements?.includes('security.insecure')) && !policy.allowPrivileged)
            error('a privileged build runs its RUN steps with every capability of the builder host (a pull request could take over the runner): the input allow-privileged-builds: true allows it', [...base, build.privileged ? 'privileged' : 'entitlements']);
        if (policy.allowOutside)
            continue;
        (build.ssh ?? []).forEach((entry, i) => {
            if (entry.paths.length === 0)
                error(`ssh ${entry.id} forwards the runner's SSH agent (its deploy keys) into the build ${optOut}; name a key file inside the workspace instead`, [...base, 'ssh', i]);
        });
        if (build.network === 'host' || build.entitlements?.includes('network.host'))
            error(`network: host gives the build's RUN steps the runner's network (its metadata endpoint and local services) ${optOut}`, [...base, build.network === 'host' ? 'network' : 'entitlements']);
    }
}
/** Local files and directories the project names: secrets, configs, build contexts and their parts. */
function namedPaths(project) {
    const out = [];
    for (const secret of Object.values(project.secrets))
        if (secret.file)
            out.push({ what: 'secret file', path: secret.file, at: ['secrets', secret.name, 'file'] });
    for (const config of Object.values(project.configs))
        // A config made from a bind mount is held to the project directory by bind-configs.ts.
        if (config.file && !config.bindMount)
            out.push({ what: 'config file', path: config.file, at: ['configs', config.name, 'file'] });
    for (const service of Object.values(project.services)) {
        const build = service.build;
        if (!build || (0,check_files/* isRemoteContext */.u)(build.context))
            continue;
        const base = ['services', service.name, 'build'];
        out.push({ what: 'build context', path: build.context, at: [...base, 'context'] });
        if (build.dockerfileInline === undefined)
            out.push({
                what: 'Dockerfile',
                path: (0,external_node_path_.isAbsolute)(build.dockerfile) ? build.dockerfile : (0,external_node_path_.join)(build.context, build.dockerfile),
                at: [...base, 'dockerfile'],
            });
        for (const [name, source] of Object.entries(build.additionalContexts ?? {}))
            if (!NAMED_SOURCE.test(source))
                out.push({ what: 'additional context', path: source, at: [...base, 'additional_contexts', name] });
        (build.ssh ?? []).forEach((entry, i) => {
            for (const key of entry.paths)
                out.push({ what: 'ssh key', path: key, at: [...base, 'ssh', i] });
        });
        for (const [field, entries, key] of [
            ['cache_from', build.cacheFrom, 'src'],
            ['cache_to', build.cacheTo, 'dest'],
        ])
            (entries ?? []).forEach((entry, i) => {
                const dir = localCacheDir(entry, key);
                if (dir !== undefined)
                    out.push({
                        what: `${field} directory`,
                        path: (0,external_node_path_.resolve)(project.workingDir, dir),
                        at: [...base, field, i],
                    });
            });
    }
    return out;
}
/** The directory of a `type=local,src=…`/`dest=…` cache entry (BuildKit's local cache), else undefined. */
function localCacheDir(entry, key) {
    const fields = new Map(entry.split(',').map((part) => {
        const eq = part.indexOf('=');
        return [part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
    }));
    return fields.get('type') === 'local' ? (fields.get(key) ?? '') : undefined;
}

;// CONCATENATED MODULE: ./src/compose/normalize/ports.ts

const SHORT = /^(?:(?:(\[[0-9a-fA-F:.]+\]|[^:[\]]*):)?(\d+(?:-\d+)?)?:)?(\d+(?:-\d+)?)(?:\/(tcp|udp))?$/;
function range(text) {
    const [a, b = a] = text.split('-').map(Number);
    if (a === undefined || b === undefined || a < 0 || b < a || b > 65535)
        return undefined;
    return [a, b];
}
/** Parses the short syntax; a string error message says what is wrong. */
function parsePortShort(text) {
    const m = SHORT.exec(text.trim());
    if (!m)
        return 'a port such as "80", "8080:80", "127.0.0.1:8080:80/udp" or "3000-3005"';
    const [, ip, pub, tgt, proto] = m;
    const target = range(tgt);
    const published = pub === undefined ? undefined : range(pub);
    if (!target || (pub !== undefined && !published))
        return 'port numbers from 0 to 65535, ranges written low-high';
    const count = target[1] - target[0] + 1;
    if (published && published[1] - published[0] + 1 !== count) {
        return 'a published range the same length as the container range (a host range for one container port cannot run on ECS)';
    }
    const hostIp = ip ? ip.replace(/^\[|\]$/g, '') : undefined;
    const out = [];
    for (let i = 0; i < count; i++) {
        const port = {
            target: target[0] + i,
            protocol: proto ?? 'tcp',
            mode: 'ingress',
            extensions: {},
        };
        if (published)
            port.published = published[0] + i;
        if (hostIp)
            port.hostIp = hostIp;
        out.push(port);
    }
    return out;
}
/** Merge key of a port entry (host ip, published, target, protocol), for override files. */
function portKey(node) {
    if (node.kind === 'scalar' && (typeof node.value === 'string' || typeof node.value === 'number')) {
        const ports = parsePortShort(String(node.value));
        return typeof ports === 'string'
            ? undefined
            : ports.map((p) => `${p.hostIp ?? ''}:${p.published ?? ''}:${p.target}/${p.protocol}`).join(',');
    }
    if (node.kind !== 'map')
        return undefined;
    const v = (k) => {
        const n = node.entries.get(k)?.value;
        return n?.kind === 'scalar' && n.value !== null ? String(n.value) : '';
    };
    return `${v('host_ip')}:${v('published')}:${v('target')}/${v('protocol') || 'tcp'}`;
}
function normalizePorts(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of ports') ?? [];
    const out = [];
    node.items.forEach((item, i) => {
        const at = [...path, i];
        if (item.kind === 'scalar' && (typeof item.value === 'string' || typeof item.value === 'number')) {
            const parsed = parsePortShort(String(item.value));
            if (typeof parsed === 'string')
                expected(ctx, item, at, parsed);
            else
                out.push(...parsed);
        }
        else if (item.kind === 'map') {
            const port = longPort(ctx, item, at);
            if (port)
                out.push(port);
        }
        else
            expected(ctx, item, at, 'a port string, number or mapping');
    });
    return out;
}
function longPort(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const extensions = {};
    const port = { protocol: 'tcp', mode: 'ingress', extensions };
    fields(ctx, map, path, {
        target: (v, p) => (port.target = portNumber(ctx, v, p)),
        published: (v, p) => (port.published = publishedPort(ctx, v, p)),
        host_ip: (v, p) => (port.hostIp = str(ctx, v, p)),
        protocol: (v, p) => (port.protocol = oneOf(ctx, v, p, ['tcp', 'udp']) ?? 'tcp'),
        app_protocol: (v, p) => (port.appProtocol = str(ctx, v, p)),
        mode: (v, p) => (port.mode = oneOf(ctx, v, p, ['ingress', 'host']) ?? 'ingress'),
        name: (v, p) => (port.name = str(ctx, v, p)),
    }, 'a port', extensions);
    if (port.target === undefined) {
        if (!map.entries.has('target'))
            ctx.diags.error('a port in long form needs `target` (the container port)', path, map.loc);
        return undefined;
    }
    for (const key of ['published', 'hostIp', 'appProtocol', 'name'])
        if (port[key] === undefined)
            delete port[key];
    return port;
}
/** `published` in long form: a port, or a range (valid compose, but a listener needs one port). */
function publishedPort(ctx, node, path) {
    const text = node.kind === 'scalar' && typeof node.value === 'string' ? node.value.trim() : undefined;
    const range = text === undefined ? null : /^(\d+)-(\d+)$/.exec(text);
    if (!range)
        return portNumber(ctx, node, path);
    if (range[1] === range[2])
        return Number(range[1]);
    ctx.diags.error(`a published range (${text}) lets the host pick any port in it, which cannot run on ECS: a load balancer listener needs one port; publish a single port`, path, node.loc);
    return undefined;
}
function portNumber(ctx, node, path) {
    const n = read_int(ctx, node, path);
    if (n !== undefined && n > 65535)
        return expected(ctx, node, path, 'a port number from 0 to 65535');
    return n;
}

;// CONCATENATED MODULE: ./src/compose/normalize/refs.ts

/** Merge key: the source name (one mount per secret or config). */
function refKey(node) {
    if (node.kind === 'scalar' && typeof node.value === 'string')
        return node.value;
    const s = node.kind === 'map' ? node.entries.get('source')?.value : undefined;
    return s?.kind === 'scalar' && typeof s.value === 'string' ? s.value : undefined;
}
function normalizeFileRefs(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of names or mappings') ?? [];
    const out = [];
    node.items.forEach((item, i) => {
        const at = [...path, i];
        if (item.kind === 'scalar') {
            const source = str(ctx, item, at);
            if (source !== undefined)
                out.push({ source, extensions: {} });
            return;
        }
        const map = asMap(ctx, item, at, 'a name or a mapping');
        if (!map)
            return;
        const ref = { extensions: {} };
        fields(ctx, map, at, {
            source: (v, p) => (ref.source = str(ctx, v, p)),
            target: (v, p) => (ref.target = str(ctx, v, p)),
            uid: (v, p) => (ref.uid = numericId(ctx, v, p)),
            gid: (v, p) => (ref.gid = numericId(ctx, v, p)),
            mode: (v, p) => (ref.mode = fileMode(ctx, v, p)),
        }, 'a secret or config reference', ref.extensions);
        if (ref.source === undefined) {
            if (!map.entries.has('source'))
                ctx.diags.error('needs `source` (the name of a top-level secret or config)', at, map.loc);
            return;
        }
        out.push(compact(ref));
    });
    return out;
}
/** Largest permission mode (setuid, setgid, sticky, rwx ×3): chmod in the init container refuses more. */
const MAX_FILE_MODE = 0o7777;
/** File modes are written in octal as a string ("0440") or as a YAML number (0o440 / 288). */
function fileMode(ctx, node, path) {
    if (node.kind === 'scalar' && typeof node.value === 'string' && /^0?[0-7]{1,4}$/.test(node.value))
        return parseInt(node.value, 8);
    const mode = read_int(ctx, node, path);
    if (mode === undefined || mode <= MAX_FILE_MODE)
        return mode;
    return expected(ctx, node, path, 'a file mode of at most 0o7777 (in octal, e.g. 0440)');
}
/**
 * uid / gid: a numeric id, as a string ("1000") or a YAML number. Names cannot be resolved outside the
 * image, and the value ends up in a shell command (the secrets init container's chown).
 */
function numericId(ctx, node, path) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    const id = typeof v === 'string' && /^[0-9]+$/.test(v)
        ? v
        : typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
            ? String(v)
            : undefined;
    // Linux ids are 32 bits and 4294967295 means "none" to chown: anything larger fails in the init container.
    if (id !== undefined && Number(id) <= MAX_ID)
        return id;
    return expected(ctx, node, path, 'a numeric user or group id (decimal digits, e.g. "1000", at most 4294967294)');
}
const MAX_ID = 4294967294;

;// CONCATENATED MODULE: ./src/compose/normalize/volumes.ts

const MODES = new Set([
    'ro',
    'rw',
    'z',
    'Z',
    'nocopy',
    'shared',
    'slave',
    'private',
    'rshared',
    'rslave',
    'rprivate',
    'consistent',
    'cached',
    'delegated',
]);
/** True when a short-syntax source names a host path rather than a volume. */
function isPathSource(source) {
    return /^(\.|\/|~|[A-Za-z]:[\\/]|\\\\)/.test(source);
}
/** Splits `src:target:mode`, keeping Windows drive letters (`C:\x`) inside the source. */
function splitShortVolume(text) {
    const parts = [];
    let current = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        const driveColon = c === ':' &&
            current.length === 1 &&
            /[A-Za-z]/.test(current) &&
            parts.length === 0 &&
            /[\\/]/.test(text[i + 1] ?? '');
        if (c === ':' && !driveColon) {
            parts.push(current);
            current = '';
        }
        else
            current += c;
    }
    parts.push(current);
    return parts;
}
/** Merge key: the container path. */
function volumeKey(node) {
    if (node.kind === 'scalar' && typeof node.value === 'string') {
        const parts = splitShortVolume(node.value);
        return parts.length === 1 ? parts[0] : parts[1];
    }
    const t = node.kind === 'map' ? node.entries.get('target')?.value : undefined;
    return t?.kind === 'scalar' && t.value !== null ? String(t.value) : undefined;
}
function normalizeServiceVolumes(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of volumes') ?? [];
    const out = [];
    node.items.forEach((item, i) => {
        const at = [...path, i];
        const mount = item.kind === 'scalar' && typeof item.value === 'string'
            ? shortVolume(ctx, item, item.value, at)
            : longVolume(ctx, item, at);
        if (mount)
            out.push(setOrigin(mount, at));
    });
    return out;
}
function shortVolume(ctx, node, text, path) {
    const parts = splitShortVolume(text);
    if (parts.length > 3 || parts.some((p) => p === ''))
        return expected(ctx, node, path, 'a volume such as "data:/var/lib/data", "./src:/app:ro" or "/tmp/cache"');
    const [first, second, modeText] = parts;
    const modes = modeText?.split(',') ?? [];
    const bad = modes.find((m) => !MODES.has(m));
    if (bad !== undefined)
        return expected(ctx, node, path, `volume options from ${[...MODES].join(', ')} (found "${bad}")`);
    const readOnly = modes.includes('ro');
    if (second === undefined)
        return { type: 'volume', target: first, readOnly };
    if (isPathSource(first))
        return withWritten({ type: 'bind', source: first, target: second, readOnly }, node);
    const mount = { type: 'volume', source: first, target: second, readOnly };
    if (modes.includes('nocopy'))
        mount.nocopy = true;
    return mount;
}
function longVolume(ctx, node, path) {
    const map = asMap(ctx, node, path, 'a volume string or mapping');
    if (!map)
        return undefined;
    const typeNode = map.entries.get('type')?.value;
    if (!typeNode) {
        ctx.diags.error('a volume in long form needs `type` (volume, bind, tmpfs, ...)', path, map.loc);
        return undefined;
    }
    const type = oneOf(ctx, typeNode, [...path, 'type'], [
        'volume',
        'bind',
        'tmpfs',
        'npipe',
        'cluster',
        'image',
    ]);
    if (!type)
        return undefined;
    const v = { readOnly: false };
    let sourceNode;
    const sub = (what, handlers) => (n, p) => {
        const m = asMap(ctx, n, p);
        if (m)
            fields(ctx, m, p, handlers, what);
    };
    const ignoredOption = (n, p) => ctx.diags.warn('ignored on ECS: mount options are set by the platform', p, n.loc);
    fields(ctx, map, path, {
        type: () => undefined,
        source: (n, p) => {
            v.source = str(ctx, n, p);
            sourceNode = n;
        },
        target: (n, p) => (v.target = str(ctx, n, p)),
        read_only: (n, p) => (v.readOnly = bool(ctx, n, p) ?? false),
        consistency: ignoredOption,
        bind: sub('bind options', {
            propagation: ignoredOption,
            create_host_path: ignoredOption,
            selinux: ignoredOption,
            recursive: ignoredOption,
        }),
        volume: sub('volume options', {
            nocopy: (n, p) => (v.nocopy = bool(ctx, n, p)),
            subpath: (n, p) => (v.subpath = str(ctx, n, p)),
            labels: ignoredOption,
        }),
        tmpfs: sub('tmpfs options', {
            size: (n, p) => (v.size = size(ctx, n, p)),
            mode: (n, p) => (v.mode = read_int(ctx, n, p)),
        }),
        image: sub('image options', { subpath: (n, p) => (v.subpath = str(ctx, n, p)) }),
    }, 'a volume', undefined);
    if (v.target === undefined) {
        if (!map.entries.has('target'))
            ctx.diags.error('a volume in long form needs `target` (the path in the container)', path, map.loc);
        return undefined;
    }
    const target = v.target;
    if (type === 'tmpfs')
        return {
            type,
            target,
            ...(v.size !== undefined && { size: v.size }),
            ...(v.mode !== undefined && { mode: v.mode }),
        };
    if (type === 'bind') {
        if (!v.source)
            return expected(ctx, map, path, 'a bind mount with a `source` path');
        return withWritten({ type, source: v.source, target, readOnly: v.readOnly }, sourceNode);
    }
    if (type === 'volume') {
        return {
            type,
            target,
            readOnly: v.readOnly,
            ...(v.source !== undefined && { source: v.source }),
            ...(v.nocopy !== undefined && { nocopy: v.nocopy }),
            ...(v.subpath !== undefined && { subpath: v.subpath }),
        };
    }
    return { type, target, readOnly: v.readOnly, ...(v.source !== undefined && { source: v.source }) };
}
/** Service-level `tmpfs: /run` or a list of `/path[:options]`. */
function tmpfsMounts(ctx, node, path) {
    const list = strings(ctx, node, path) ?? [];
    return list.map((entry, i) => {
        const [target, options = ''] = entry.split(/:(.*)/s);
        const mount = { type: 'tmpfs', target };
        const sizeOpt = /(?:^|,)size=([^,]+)/.exec(options ?? '')?.[1];
        const modeOpt = /(?:^|,)mode=([0-7]+)/.exec(options ?? '')?.[1];
        if (sizeOpt !== undefined) {
            const bytes = /^\d+$/.test(sizeOpt) ? Number(sizeOpt) : undefined;
            if (bytes !== undefined)
                mount.size = bytes;
        }
        if (modeOpt !== undefined)
            mount.mode = parseInt(modeOpt, 8);
        return setOrigin(mount, node.kind === 'seq' ? [...path, i] : path);
    });
}
/** Keeps the source as written (see paths.ts) beside the absolute one, for messages. */
function withWritten(mount, node) {
    const written = node?.kind === 'scalar' ? node.written : undefined;
    return written === undefined ? mount : { ...mount, written };
}

;// CONCATENATED MODULE: ./src/compose/merge.ts
// Merges compose documents in order with the specification's rules: mappings merge key by
// key; some sequences merge by a key (ports, volumes, secrets, configs) or as sets; command,
// entrypoint and healthcheck.test are replaced; `!reset` removes a value and `!override`
// replaces it wholesale. Also used by `extends` (service onto service).




const RULES = [
    [['services', '*', 'command'], 'replace'],
    [['services', '*', 'entrypoint'], 'replace'],
    [['services', '*', 'healthcheck', 'test'], 'replace'],
    [['services', '*', 'ulimits', '*'], 'replace'],
    [['services', '*', 'environment'], 'dict'],
    [['services', '*', 'labels'], 'dict'],
    [['services', '*', 'annotations'], 'dict'],
    [['services', '*', 'sysctls'], 'dict'],
    [['services', '*', 'extra_hosts'], 'set'],
    [['services', '*', 'build'], 'build'],
    [['services', '*', 'build', 'args'], 'dict'],
    [['services', '*', 'build', 'labels'], 'dict'],
    [['services', '*', 'deploy', 'labels'], 'dict'],
    [['services', '*', 'logging'], 'logging'],
    [['services', '*', 'depends_on'], 'depends-on'],
    [['services', '*', 'networks'], 'networks'],
    [['services', '*', 'ports'], portKey],
    [['services', '*', 'volumes'], volumeKey],
    [['services', '*', 'secrets'], refKey],
    [['services', '*', 'configs'], refKey],
    [['services', '*', 'expose'], 'set'],
    [['services', '*', 'env_file'], 'set'],
    [['services', '*', 'dns'], 'set'],
    [['services', '*', 'dns_search'], 'set'],
    [['services', '*', 'dns_opt'], 'set'],
    [['services', '*', 'cap_add'], 'set'],
    [['services', '*', 'cap_drop'], 'set'],
    [['services', '*', 'devices'], 'set'],
    [['services', '*', 'tmpfs'], 'set'],
    [['services', '*', 'profiles'], 'set'],
    [['services', '*', 'security_opt'], 'set'],
    [['services', '*', 'links'], 'set'],
    [['services', '*', 'external_links'], 'set'],
    [['services', '*', 'group_add'], 'set'],
];
function ruleFor(path) {
    // Only service fields have special rules; skip the scan for everything else.
    if (path[0] !== 'services' || path.length < 3)
        return undefined;
    for (const [pattern, rule] of RULES) {
        if (pattern.length === path.length && pattern.every((p, i) => p === '*' || p === path[i]))
            return rule;
    }
    return undefined;
}
/** Merges `over` onto `base` (either may be absent). Returns undefined when the result is reset. */
function mergeNodes(base, over, path) {
    if (over.tag === '!reset')
        return undefined;
    if (base === undefined)
        return dropResets(over);
    if (over.tag === '!override')
        return stripTags(over);
    const rule = ruleFor(path);
    if (rule === 'replace')
        return stripTags(over);
    if (rule === 'dict')
        return mergeMaps(dictForm(base), dictForm(over), path);
    if (rule === 'depends-on' || rule === 'networks')
        return mergeMaps(namesForm(base, rule), namesForm(over, rule), path);
    if (rule === 'build')
        return mergeMaps(buildForm(base), buildForm(over), path);
    if (rule === 'logging' && base.kind === 'map' && over.kind === 'map') {
        const driver = (n) => {
            const d = n.entries.get('driver')?.value;
            return d?.kind === 'scalar' ? d.value : undefined;
        };
        // A different driver makes the old options meaningless.
        if (driver(over) !== undefined && driver(base) !== undefined && driver(over) !== driver(base))
            return stripTags(over);
    }
    if (base.kind === 'map' && over.kind === 'map')
        return mergeMaps(base, over, path);
    if (base.kind === 'seq' && over.kind === 'seq') {
        if (rule === 'set')
            return mergeKeyed(base, over, (n) => (n.kind === 'scalar' ? String(n.value) : undefined));
        if (typeof rule === 'function')
            return mergeKeyed(base, over, rule);
        return seqNode(over.loc, [...base.items, ...over.items.map(stripTags)]);
    }
    return stripTags(over);
}
function mergeMaps(base, over, path) {
    const out = mapNode(base.loc, new Map(base.entries));
    for (const [key, entry] of over.entries) {
        path.push(key);
        const merged = mergeNodes(base.entries.get(key)?.value, entry.value, path);
        path.pop();
        if (merged === undefined)
            out.entries.delete(key);
        else
            out.entries.set(key, { keyLoc: entry.keyLoc, value: merged });
    }
    return out;
}
/** Sequence merge where an entry with the same key replaces the earlier one in place. */
function mergeKeyed(base, over, key) {
    const items = [...base.items];
    const index = new Map();
    items.forEach((item, i) => {
        const k = key(item);
        if (k !== undefined)
            index.set(k, i);
    });
    for (const item of over.items) {
        const k = key(item);
        const at = k === undefined ? undefined : index.get(k);
        if (at !== undefined)
            items[at] = stripTags(item);
        else {
            if (k !== undefined)
                index.set(k, items.length);
            items.push(stripTags(item));
        }
    }
    return seqNode(over.loc, items);
}
/** `[A=1, B]` → `{A: 1, B: null}`, so list and mapping forms merge key by key. */
function dictForm(node) {
    if (node.kind !== 'seq')
        return node.kind === 'map' ? node : mapNode(node.loc);
    const out = mapNode(node.loc);
    for (const item of node.items) {
        if (item.kind !== 'scalar' || item.value === null)
            continue;
        const text = String(item.value);
        const eq = text.indexOf('=');
        const key = eq < 0 ? text : text.slice(0, eq);
        out.entries.set(key, {
            keyLoc: item.loc,
            value: scalarNode(item.loc, eq < 0 ? null : text.slice(eq + 1)),
        });
    }
    return out;
}
/** `[db]` → `{db: {condition: service_started}}` for depends_on, `{db: null}` for networks. */
function namesForm(node, rule) {
    if (node.kind !== 'seq')
        return node.kind === 'map' ? node : mapNode(node.loc);
    const out = mapNode(node.loc);
    for (const item of node.items) {
        if (item.kind !== 'scalar' || item.value === null)
            continue;
        let value = scalarNode(item.loc, null);
        if (rule === 'depends-on') {
            value = mapNode(item.loc);
            value.entries.set('condition', { keyLoc: item.loc, value: scalarNode(item.loc, 'service_started') });
        }
        out.entries.set(String(item.value), { keyLoc: item.loc, value });
    }
    return out;
}
/** `build: ./dir` → `{context: ./dir}`. */
function buildForm(node) {
    if (node.kind === 'map')
        return node;
    const out = mapNode(node.loc);
    out.entries.set('context', { keyLoc: node.loc, value: node });
    return out;
}
function stripTags(node) {
    if (!node.tag)
        return node;
    const { tag: _tag, ...rest } = node;
    return rest;
}
/**
 * A value with nothing under it yet: `!reset` entries inside it just disappear, as in Compose. A subtree
 * with no tag in it is returned as it is rather than copied (the first file of a project is all of it):
 * a copy of a list or mapping is only started at its first change.
 */
function dropResets(node) {
    if (node.kind === 'scalar')
        return stripTags(node);
    if (node.kind === 'seq') {
        let items;
        node.items.forEach((item, at) => {
            const value = item.tag === '!reset' ? undefined : dropResets(item);
            if (value !== item)
                items ??= node.items.slice(0, at);
            if (items && value)
                items.push(value);
        });
        return items || node.tag ? { ...stripTags(node), items: items ?? node.items } : node;
    }
    let entries;
    let at = 0;
    for (const [key, entry] of node.entries) {
        const value = entry.value.tag === '!reset' ? undefined : dropResets(entry.value);
        if (value !== entry.value)
            entries ??= new Map([...node.entries].slice(0, at));
        if (entries && value)
            entries.set(key, value === entry.value ? entry : { keyLoc: entry.keyLoc, value });
        at++;
    }
    return entries || node.tag ? { ...stripTags(node), entries: entries ?? node.entries } : node;
}
/** Merges whole documents in order. */
function mergeDocuments(docs) {
    let result;
    for (const doc of docs)
        result = mergeNodes(result, doc, []) ?? result;
    return result ?? mapNode({ file: '', line: 1, column: 1 });
}

;// CONCATENATED MODULE: ./src/compose/paths.ts
// Makes relative paths absolute. Compose resolves every path of a file against its project
// directory: the first file's directory for the main files and their overrides, the
// included file's own directory for `include`, the other file's directory for `extends`.



function resolvePath(path, ctx) {
    if (path === '~' || path.startsWith('~/'))
        return ctx.home ? (0,external_node_path_.resolve)(ctx.home, path.slice(2)) : path;
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(ctx.baseDir, path);
}
function rewrite(node, ctx, when = () => true) {
    if (node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' && when(node.value)) {
        node.written ??= node.value;
        node.value = resolvePath(node.value, ctx);
    }
}
const isRemote = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('git@') || s.startsWith('github.com/');
/** Rewrites one document's relative paths in place. */
function resolveRelativePaths(root, ctx) {
    const services = get(root, 'services');
    if (services?.kind === 'map') {
        for (const { value: service } of services.entries.values())
            resolveServicePaths(service, ctx);
    }
    for (const section of ['secrets', 'configs']) {
        const defs = get(root, section);
        if (defs?.kind !== 'map')
            continue;
        for (const { value } of defs.entries.values())
            rewrite(get(value, 'file'), ctx);
    }
}
function resolveServicePaths(service, ctx) {
    if (service.kind !== 'map')
        return;
    const build = get(service, 'build');
    if (build?.kind === 'scalar')
        rewrite(build, ctx, (s) => !isRemote(s));
    else
        rewrite(get(build, 'context'), ctx, (s) => !isRemote(s));
    const envFile = get(service, 'env_file');
    if (envFile?.kind === 'scalar')
        rewrite(envFile, ctx);
    for (const item of envFile?.kind === 'seq' ? envFile.items : [])
        rewrite(item.kind === 'map' ? get(item, 'path') : item, ctx);
    const volumes = get(service, 'volumes');
    for (const item of volumes?.kind === 'seq' ? volumes.items : []) {
        if (item.kind === 'map') {
            const type = get(item, 'type');
            if (type?.kind === 'scalar' && type.value === 'bind')
                rewrite(get(item, 'source'), ctx);
        }
        else if (item.kind === 'scalar' && typeof item.value === 'string') {
            const parts = splitShortVolume(item.value);
            if (parts.length >= 2 && isPathSource(parts[0]) && !(0,external_node_path_.isAbsolute)(parts[0])) {
                item.written ??= parts[0];
                parts[0] = resolvePath(parts[0], ctx);
                item.value = parts.join(':');
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/compose/extends.ts




/** Resolves every `extends` in `doc` (a document read from `file`), in place. */
async function applyExtends(ctx, doc, file, lookup) {
    const services = get(doc, 'services');
    if (services?.kind !== 'map')
        return;
    const others = new Map();
    const self = { file, doc, done: new Map() };
    const cycles = new Set();
    const open = (other, usedAt) => {
        if (other === file)
            return Promise.resolve(self);
        let pending = others.get(other);
        if (!pending) {
            pending = ctx.readCompose(other, lookup, usedAt).then((d) => {
                if (!d)
                    return undefined;
                resolveRelativePaths(d, { baseDir: (0,external_node_path_.dirname)(other), home: ctx.home });
                return { file: other, doc: d, done: new Map() };
            });
            others.set(other, pending);
        }
        return pending;
    };
    const resolveService = async (where, name, stack, usedAt) => {
        const cached = where.done.get(name);
        if (cached)
            return cached;
        const id = `${ctx.display(where.file)}#${name}`;
        const node = get(get(where.doc, 'services'), name);
        if (!node) {
            if (usedAt)
                ctx.diags.error(`extends service ${JSON.stringify(name)}, which is not defined in ${ctx.display(where.file)}`, usedAt.path, usedAt.loc);
            return undefined;
        }
        if (stack.includes(id)) {
            const cycle = stack.slice(stack.indexOf(id));
            // Report each cycle once, whichever service it was reached from.
            const key = [...cycle].sort().join('\n');
            if (!cycles.has(key))
                ctx.diags.error(`extends forms a cycle: ${[...cycle, id].join(' → ')}`, usedAt?.path, usedAt?.loc);
            cycles.add(key);
            return undefined;
        }
        const ext = get(node, 'extends');
        if (node.kind !== 'map' || !ext) {
            where.done.set(name, node);
            return node;
        }
        const path = ['services', name, 'extends'];
        const target = parseExtends(ctx, ext, path);
        if (!target)
            return undefined;
        const otherFile = target.file ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(where.file), target.file) : where.file;
        const other = await open(otherFile, { path, loc: ext.loc });
        if (!other)
            return undefined;
        const base = await resolveService(other, target.service, [...stack, id], { path, loc: ext.loc });
        if (!base)
            return undefined;
        const local = mapNode(node.loc, new Map(node.entries));
        local.entries.delete('extends');
        const merged = mergeNodes(base, local, ['services', name]) ?? local;
        where.done.set(name, merged);
        return merged;
    };
    for (const name of [...services.entries.keys()]) {
        const merged = await resolveService(self, name, []);
        const entry = services.entries.get(name);
        if (merged)
            services.entries.set(name, { keyLoc: entry.keyLoc, value: merged });
    }
}
function parseExtends(ctx, node, path) {
    if (node.kind === 'scalar' && typeof node.value === 'string')
        return { service: node.value };
    if (node.kind === 'map') {
        const out = {};
        for (const [key, entry] of node.entries) {
            const v = entry.value;
            if ((key === 'service' || key === 'file') && v.kind === 'scalar' && typeof v.value === 'string')
                out[key] = v.value;
            else
                ctx.diags.error(`expected service (a name) and optionally file (a path) in extends, found ${key}: ${describe(v)}`, [...path, key], entry.keyLoc);
        }
        if (out.service !== undefined)
            return out;
        ctx.diags.error('extends needs `service`', path, node.loc);
        return undefined;
    }
    ctx.diags.error(`expected a service name or a mapping with service and file, found ${describe(node)}`, path, node.loc);
    return undefined;
}

;// CONCATENATED MODULE: ./src/compose/include.ts
// `include`: other compose projects (each with its own directory and .env) loaded whole and
// added to this one. A resource defined both here and in an included project is an error,
// as in Compose.






const SECTIONS = ['services', 'networks', 'volumes', 'secrets', 'configs'];
/** Deepest chain of includes followed; real projects nest two or three. */
const MAX_INCLUDE_DEPTH = 16;
async function applyIncludes(ctx, doc, baseDir, lookup, stack = []) {
    if (doc.kind !== 'map')
        return;
    const include = doc.entries.get('include');
    if (!include)
        return;
    doc.entries.delete('include');
    const specs = parseIncludes(ctx, include.value, baseDir);
    for (const spec of specs) {
        const projectDir = spec.projectDir ?? (0,external_node_path_.dirname)(spec.files[0]);
        // An include's env_file replaces the included project's .env, as in Compose.
        const own = await ctx.makeLookup(projectDir, spec.envFiles, 'instead-of-dotenv');
        const included = (name) => own(name) ?? lookup(name);
        const docs = [];
        for (const file of spec.files) {
            if (stack.length >= MAX_INCLUDE_DEPTH) {
                ctx.diags.error(`include nests deeper than ${MAX_INCLUDE_DEPTH} files: ${[...stack, file].map(ctx.display).join(' → ')}`, spec.path, spec.node.loc);
                break;
            }
            // A file reached again through another include (a diamond) adds the same resources: it is loaded once,
            // as compose-go does, so a fan-out of includes costs each file once, not once per path to it.
            const once = `${await (0,promises_.realpath)(file).catch(() => file)}\0${projectDir}\0${(spec.envFiles ?? []).join('\0')}`;
            if (ctx.included.has(once) && !stack.includes(file))
                continue;
            ctx.included.add(once);
            if (stack.includes(file)) {
                ctx.diags.error(`include forms a cycle: ${[...stack, file].map(ctx.display).join(' → ')}`, spec.path, spec.node.loc);
                continue;
            }
            const child = await ctx.readCompose(file, included, { path: spec.path, loc: spec.node.loc });
            if (!child)
                continue;
            await applyIncludes(ctx, child, (0,external_node_path_.dirname)(file), included, [...stack, file]);
            await applyExtends(ctx, child, file, included);
            resolveRelativePaths(child, { baseDir: projectDir, home: ctx.home });
            docs.push(child);
        }
        if (docs.length === 0)
            continue;
        const merged = mergeDocuments(docs);
        for (const section of SECTIONS) {
            const from = get(merged, section);
            if (from?.kind !== 'map')
                continue;
            let into = doc.entries.get(section)?.value;
            if (!into || into.kind !== 'map') {
                into = mapNode(from.loc);
                doc.entries.set(section, { keyLoc: from.loc, value: into });
            }
            for (const [name, entry] of from.entries) {
                const existing = into.entries.get(name);
                if (existing) {
                    ctx.diags.error(`${section.slice(0, -1)} ${JSON.stringify(name)} is defined both here and in the included ${ctx.display(spec.files[0])} (line ${entry.keyLoc.line}); rename one`, [section, name], existing.keyLoc);
                }
                else
                    into.entries.set(name, entry);
            }
        }
    }
}
function parseIncludes(ctx, node, baseDir) {
    if (node.kind !== 'seq') {
        ctx.diags.error(`expected a list of files to include, found ${describe(node)}`, ['include'], node.loc);
        return [];
    }
    const specs = [];
    node.items.forEach((item, i) => {
        const path = ['include', i];
        const str = (n) => n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined;
        const list = (n, key) => {
            if (n === undefined)
                return undefined;
            const one = str(n);
            if (one !== undefined)
                return [one];
            if (n.kind === 'seq' && n.items.every((x) => str(x) !== undefined))
                return n.items.map((x) => str(x));
            ctx.diags.error(`expected a path or a list of paths, found ${describe(n)}`, [...path, key], n.loc);
            return undefined;
        };
        if (str(item) !== undefined) {
            specs.push({ files: [(0,external_node_path_.resolve)(baseDir, str(item))], node: item, path });
            return;
        }
        if (item.kind !== 'map') {
            ctx.diags.error(`expected a path or a mapping with path, project_directory, env_file, found ${describe(item)}`, path, item.loc);
            return;
        }
        for (const [key, entry] of item.entries) {
            if (!['path', 'project_directory', 'env_file'].includes(key))
                ctx.diags.error(`unknown field ${JSON.stringify(key)} in include (allowed: path, project_directory, env_file)`, [...path, key], entry.keyLoc);
        }
        const files = list(get(item, 'path'), 'path');
        if (!files) {
            if (!get(item, 'path'))
                ctx.diags.error('an include entry needs `path`', path, item.loc);
            return;
        }
        const spec = { files: files.map((f) => (0,external_node_path_.resolve)(baseDir, f)), node: item, path };
        const dir = get(item, 'project_directory');
        if (dir !== undefined) {
            const d = str(dir);
            if (d === undefined)
                ctx.diags.error(`expected a directory path, found ${describe(dir)}`, [...path, 'project_directory'], dir.loc);
            else
                spec.projectDir = (0,external_node_path_.resolve)(baseDir, d);
        }
        const envFiles = list(get(item, 'env_file'), 'env_file');
        if (envFiles)
            spec.envFiles = envFiles.map((f) => (0,external_node_path_.resolve)(baseDir, f));
        specs.push(spec);
    });
    return specs;
}

;// CONCATENATED MODULE: ./src/compose/normalize/project.ts

/** Calls `each` for every entry of a top-level section; a null entry means "all defaults". */
function eachResource(ctx, node, section, each) {
    const out = {};
    if (!node)
        return out;
    const map = asMap(ctx, node, [section]);
    for (const [name, entry] of map?.entries ?? []) {
        const v = entry.value;
        const value = each(name, v.kind === 'scalar' && v.value === null ? undefined : v, [section, name]);
        if (value !== undefined)
            out[name] = value;
    }
    return out;
}
/** `external: true` plus `name:` gives the external resource's real name. */
function externalHandlers(ctx, r) {
    return {
        external: (v, p) => {
            if (v.kind === 'map') {
                // Legacy form `external: { name: x }`.
                r.external = true;
                fields(ctx, v, p, { name: (n, q) => (r.externalName = str(ctx, n, q)) }, 'external');
            }
            else
                r.external = bool(ctx, v, p) ?? false;
        },
        name: (v, p) => (r.externalName = str(ctx, v, p)),
    };
}
function finish(r) {
    // A custom `name:` on a resource the project creates renames it; keep it as the name.
    if (!r.external && r.externalName !== undefined) {
        r.name = r.externalName;
        delete r.externalName;
    }
    for (const key of Object.keys(r))
        if (r[key] === undefined)
            delete r[key];
    return r;
}
function normalizeNetwork(ctx, name, node, path) {
    const n = { name, external: false, extensions: {} };
    const map = node && asMap(ctx, node, path);
    if (node && !map)
        return undefined;
    const ignored = (v, p) => ctx.diags.warn('ignored on ECS: networks become security groups in the VPC', p, v.loc);
    if (map) {
        fields(ctx, map, path, {
            ...externalHandlers(ctx, n),
            driver: (v, p) => (n.driver = str(ctx, v, p)),
            internal: (v, p) => (n.internal = bool(ctx, v, p)),
            driver_opts: ignored,
            attachable: ignored,
            enable_ipv4: ignored,
            enable_ipv6: ignored,
            ipam: ignored,
            labels: ignored,
        }, `network ${JSON.stringify(name)}`, n.extensions);
    }
    return finish(n);
}
function normalizeVolume(ctx, name, node, path) {
    const v = { name, external: false, driverOpts: {}, extensions: {} };
    const map = node && asMap(ctx, node, path);
    if (node && !map)
        return undefined;
    if (map) {
        fields(ctx, map, path, {
            ...externalHandlers(ctx, v),
            driver: (n, p) => (v.driver = str(ctx, n, p)),
            driver_opts: (n, p) => (v.driverOpts = stringDict(ctx, n, p)),
            labels: (n, p) => void stringDict(ctx, n, p),
        }, `volume ${JSON.stringify(name)}`, v.extensions);
    }
    return finish(v);
}
function normalizeSecret(ctx, name, node, path) {
    return fileResource(ctx, name, node, path, 'secret');
}
function normalizeConfig(ctx, name, node, path) {
    return fileResource(ctx, name, node, path, 'config');
}
function fileResource(ctx, name, node, path, kind) {
    const r = { name, external: false, extensions: {} };
    const map = node && asMap(ctx, node, path);
    if (!map) {
        if (!node)
            ctx.diags.error(`a ${kind} needs file, environment${kind === 'config' ? ', content' : ''} or external`, path, undefined);
        return undefined;
    }
    const handlers = {
        ...externalHandlers(ctx, r),
        file: (v, p) => (r.file = str(ctx, v, p)),
        environment: (v, p) => (r.environment = str(ctx, v, p)),
        labels: (v, p) => void stringDict(ctx, v, p),
        driver: (v, p) => ctx.diags.warn(`ignored on ECS: ${kind} drivers are a Swarm feature`, p, v.loc),
        driver_opts: (v, p) => ctx.diags.warn(`ignored on ECS: ${kind} drivers are a Swarm feature`, p, v.loc),
        template_driver: (v, p) => ctx.diags.warn(`ignored on ECS: ${kind} templates are a Swarm feature`, p, v.loc),
    };
    if (kind === 'config')
        handlers.content = (v, p) => (r.content = read_text(ctx, v, p));
    fields(ctx, map, path, handlers, `${kind} ${JSON.stringify(name)}`, r.extensions);
    const sources = ['file', 'environment', 'content'].filter((k) => map.entries.has(k)).length + (r.external ? 1 : 0);
    if (sources !== 1)
        ctx.diags.error(`a ${kind} needs exactly one of file, environment${kind === 'config' ? ', content' : ''} or external: true`, path, map.loc);
    return finish(r);
}

;// CONCATENATED MODULE: ./src/compose/normalize/build.ts
// build: a context path, or the long form. Relative paths were made absolute by paths.ts (the context)
// or are made absolute here against the context's project directory (ssh keys, additional contexts).
// Every field of the Compose build spec is decoded into a typed field; which engine can honour it is
// the images stage's decision (src/images/build-support.ts), made before anything is built.





/** Values of additional_contexts that are not local directories. */
const build_NAMED_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|docker-image:|service:|target:|oci-layout:)/i;
function normalizeBuild(ctx, node, path, projectDir) {
    const build = {
        context: projectDir,
        dockerfile: 'Dockerfile',
        args: {},
        labels: {},
        platforms: [],
        extensions: {},
    };
    if (node.kind === 'scalar' && typeof node.value === 'string') {
        build.context = node.value;
        return build;
    }
    const map = asMap(ctx, node, path, 'a build context path or a mapping');
    if (!map)
        return undefined;
    const ignored = (why) => (v, p) => ctx.diags.warn(`ignored: ${why}`, p, v.loc);
    const local = (p) => ((0,external_node_path_.isAbsolute)(p) || build_NAMED_SOURCE.test(p) ? p : (0,external_node_path_.resolve)(projectDir, p));
    fields(ctx, map, path, {
        context: (v, p) => (build.context = str(ctx, v, p) ?? build.context),
        dockerfile: (v, p) => (build.dockerfile = str(ctx, v, p) ?? build.dockerfile),
        dockerfile_inline: (v, p) => (build.dockerfileInline = str(ctx, v, p)),
        args: (v, p) => (build.args = stringDict(ctx, v, p)),
        target: (v, p) => (build.target = str(ctx, v, p)),
        labels: (v, p) => (build.labels = stringDict(ctx, v, p)),
        platforms: (v, p) => (build.platforms = stringList(ctx, v, p) ?? []),
        secrets: (v, p) => (build.secrets = normalizeFileRefs(ctx, v, p).map((r) => ({
            source: r.source,
            id: r.target ?? r.source,
        }))),
        ssh: (v, p) => (build.ssh = sshEntries(ctx, v, p, local)),
        additional_contexts: (v, p) => (build.additionalContexts = Object.fromEntries([...dict(ctx, v, p)].map(([name, { value }]) => [name, local(value)]))),
        cache_from: (v, p) => (build.cacheFrom = stringList(ctx, v, p)),
        cache_to: (v, p) => (build.cacheTo = stringList(ctx, v, p)),
        extra_hosts: (v, p) => (build.extraHosts = extraHosts(ctx, v, p)),
        network: (v, p) => (build.network = str(ctx, v, p)),
        shm_size: (v, p) => (build.shmSize = size(ctx, v, p)),
        tags: (v, p) => (build.tags = stringList(ctx, v, p)),
        pull: (v, p) => (build.pull = bool(ctx, v, p)),
        no_cache: (v, p) => (build.noCache = bool(ctx, v, p)),
        privileged: (v, p) => (build.privileged = bool(ctx, v, p)),
        ulimits: (v, p) => (build.ulimits = ulimits(ctx, v, p)),
        entitlements: (v, p) => (build.entitlements = stringList(ctx, v, p)),
        provenance: (v, p) => (build.provenance = attestation(ctx, v, p)),
        sbom: (v, p) => (build.sbom = attestation(ctx, v, p)),
        isolation: ignored('build isolation is a Windows-only option'),
    }, 'build', build.extensions);
    // "When set, the dockerfile attribute is not allowed and Compose rejects any Compose file having both
    // set" (https://github.com/compose-spec/compose-spec/blob/main/build.md#dockerfile_inline): one of them
    // would be silently ignored.
    const inline = map.entries.get('dockerfile_inline');
    if (inline && map.entries.has('dockerfile'))
        ctx.diags.error('dockerfile and dockerfile_inline are both set: Compose takes one or the other (remove one, or `!reset` it in an override file)', [...path, 'dockerfile_inline'], inline.keyLoc);
    for (const key of Object.keys(build))
        if (build[key] === undefined)
            delete build[key];
    return build;
}
/** `ssh`: a list of `id` or `id=path[,path]`, or a mapping of id to path. `default` alone = the agent. */
function sshEntries(ctx, node, path, local) {
    const entry = (id, value) => ({
        id,
        paths: value ? value.split(',').map((p) => local(p.trim())) : [],
    });
    if (node.kind === 'map')
        return [...node.entries].map(([id, e]) => entry(id, read_text(ctx, e.value, [...path, id]) ?? ''));
    return (strings(ctx, node, path) ?? []).map((item) => {
        const eq = item.indexOf('=');
        return eq < 0 ? entry(item, undefined) : entry(item.slice(0, eq), item.slice(eq + 1));
    });
}
/** provenance / sbom: a boolean, or the builder's own option string. */
function attestation(ctx, node, path) {
    const v = toPlain(node);
    if (typeof v === 'boolean' || typeof v === 'string')
        return String(v);
    return expected(ctx, node, path, 'true, false or a builder option string');
}

;// CONCATENATED MODULE: ./src/compose/shell-split.ts
// Splits a `command:` / `entrypoint:` string into words as a POSIX shell would tokenise it:
// quotes and backslashes only. No expansion of any kind happens; nothing is executed.
/** Words, or an error message when a quote is left open. */
function shellSplit(text) {
    const words = [];
    let word = '';
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "'") {
            const close = text.indexOf("'", i + 1);
            if (close < 0)
                return { error: 'unterminated single quote' };
            word += text.slice(i + 1, close);
            inWord = true;
            i = close;
        }
        else if (c === '"') {
            let j = i + 1;
            for (; j < text.length && text[j] !== '"'; j++) {
                // Inside double quotes a backslash only escapes $ ` " \ and newline.
                if (text[j] === '\\' && j + 1 < text.length && '$`"\\\n'.includes(text[j + 1])) {
                    j++;
                    if (text[j] !== '\n')
                        word += text[j];
                }
                else
                    word += text[j];
            }
            if (j >= text.length)
                return { error: 'unterminated double quote' };
            inWord = true;
            i = j;
        }
        else if (c === '\\') {
            if (i + 1 < text.length) {
                if (text[i + 1] !== '\n')
                    word += text[i + 1];
                i++;
            }
            inWord = true;
        }
        else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.push(word);
    return { words };
}

;// CONCATENATED MODULE: ./src/compose/normalize/command.ts


function normalizeCommand(ctx, node, path) {
    if (node.kind === 'scalar' && node.value === null)
        return undefined;
    if (node.kind === 'scalar' && typeof node.value === 'string') {
        const split = shellSplit(node.value);
        return 'words' in split
            ? split.words
            : expected(ctx, node, path, `a command whose quotes are closed (${split.error})`);
    }
    return stringList(ctx, node, path);
}

;// CONCATENATED MODULE: ./src/compose/normalize/gpus.ts


const NO_DEVICE_IDS = 'ECS reserves GPUs by count, not by device id (ResourceRequirements Type GPU); replace device_ids with count';
/** Adds two requests; `all` absorbs any count. */
function addGpus(a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    return a === 'all' || b === 'all' ? 'all' : a + b;
}
/** `count`: a whole number of 1 or more, or `all`. */
function gpuCount(ctx, node, path) {
    if (node.kind === 'scalar' && node.value === 'all')
        return 'all';
    if (node.kind === 'scalar' && (node.value === -1 || node.value === '-1'))
        return 'all'; // Docker's -1
    return read_int(ctx, node, path, 1);
}
/** One device request (a `devices:` item or a `gpus:` item); `gpu` tells whether it asks for GPUs. */
function deviceRequest(ctx, node, path, shortForm) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    let capabilities = shortForm ? ['gpu'] : undefined;
    let count;
    fields(ctx, map, path, {
        capabilities: (v, p) => (capabilities = stringList(ctx, v, p)),
        count: (v, p) => (count = gpuCount(ctx, v, p)),
        device_ids: (v, p) => ctx.diags.error(NO_DEVICE_IDS, p, v.loc),
        driver: (v, p) => {
            const driver = str(ctx, v, p);
            if (driver !== undefined && driver !== 'nvidia')
                ctx.diags.error(`the ECS GPU-optimized AMI has NVIDIA drivers only; driver ${JSON.stringify(driver)} cannot be honoured`, p, v.loc);
        },
        options: (v, p) => ctx.diags.warn(`ignored on ECS: driver options ${JSON.stringify(toPlain(v))} are not passed to the GPU driver`, p, v.loc),
    }, 'a device request');
    if (!shortForm && capabilities === undefined) {
        ctx.diags.error('a device request needs capabilities (e.g. [gpu])', path, map.loc);
        return undefined;
    }
    const gpu = (capabilities ?? []).includes('gpu');
    if (!gpu) {
        ctx.diags.error(`ECS tasks can reserve GPUs only; capabilities ${JSON.stringify(capabilities)} cannot be honoured`, [...path, 'capabilities'], map.entries.get('capabilities')?.value.loc ?? map.loc);
        return undefined;
    }
    // Compose: a GPU request without count or device_ids takes all GPUs.
    return { gpu, count: count ?? (map.entries.has('device_ids') ? undefined : 'all') };
}
/** `deploy.resources.reservations.devices`: the GPUs asked for (undefined when none). */
function reservedDevices(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of device requests');
    let total;
    node.items.forEach((item, i) => {
        const request = deviceRequest(ctx, item, [...path, i], false);
        if (request?.count !== undefined)
            total = addGpus(total, request.count);
    });
    return total;
}
/** Service-level `gpus:`: `all`, or a list of requests (capabilities implied). */
function serviceGpus(ctx, node, path) {
    if (node.kind === 'scalar' && node.value === 'all')
        return 'all';
    if (node.kind !== 'seq')
        return expected(ctx, node, path, '"all" or a list of GPU requests');
    let total;
    node.items.forEach((item, i) => {
        const request = deviceRequest(ctx, item, [...path, i], true);
        if (request?.count !== undefined)
            total = addGpus(total, request.count);
    });
    return total;
}

;// CONCATENATED MODULE: ./src/compose/normalize/deploy.ts



function emptyDeploy() {
    return { resources: {}, labels: {}, extensions: {} };
}
function normalizeDeploy(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const deploy = emptyDeploy();
    const ignored = (why) => (v, p) => ctx.diags.warn(`ignored on ECS: ${why}`, p, v.loc);
    fields(ctx, map, path, {
        mode: (v, p) => (deploy.mode = oneOf(ctx, v, p, ['replicated', 'global', 'replicated-job', 'global-job'])),
        replicas: (v, p) => (deploy.replicas = read_int(ctx, v, p)),
        resources: (v, p) => resources(ctx, v, p, deploy),
        update_config: (v, p) => (deploy.updateConfig = updateConfig(ctx, v, p)),
        rollback_config: (v, p) => (deploy.rollbackConfig = updateConfig(ctx, v, p)),
        restart_policy: (v, p) => (deploy.restartPolicy = restartPolicy(ctx, v, p)),
        labels: (v, p) => (deploy.labels = stringDict(ctx, v, p)),
        placement: (v) => (deploy.placement = toPlain(v)),
        endpoint_mode: ignored('ECS services are reached through their load balancer or service discovery'),
    }, 'deploy', deploy.extensions);
    return compact(deploy);
}
function resources(ctx, node, path, deploy) {
    const map = asMap(ctx, node, path);
    if (!map)
        return;
    fields(ctx, map, path, {
        limits: (v, p) => (deploy.resources.limits = figures(ctx, v, p, 'limits')),
        reservations: (v, p) => (deploy.resources.reservations = figures(ctx, v, p, 'reservations')),
    }, 'deploy.resources');
}
function figures(ctx, node, path, kind) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const out = {};
    const refuse = (why) => (v, p) => ctx.diags.error(why, p, v.loc);
    fields(ctx, map, path, {
        cpus: (v, p) => (out.cpus = num(ctx, v, p)),
        memory: (v, p) => (out.memory = size(ctx, v, p)),
        pids: (v, p) => (out.pids = read_int(ctx, v, p)),
        // Compose reserves devices; it has no device limits.
        devices: kind === 'reservations'
            ? (v, p) => (out.gpus = reservedDevices(ctx, v, p))
            : refuse('devices are reserved, not limited: move them to deploy.resources.reservations.devices'),
        generic_resources: refuse('ECS has no Swarm generic resources; reserve GPUs with devices: [{capabilities: [gpu], count: N}]'),
    }, 'resources');
    return compact(out);
}
function updateConfig(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const out = { extensions: {} };
    fields(ctx, map, path, {
        parallelism: (v, p) => (out.parallelism = read_int(ctx, v, p)),
        delay: (v, p) => (out.delay = duration(ctx, v, p)),
        failure_action: (v, p) => (out.failureAction = oneOf(ctx, v, p, ['continue', 'rollback', 'pause'])),
        monitor: (v, p) => (out.monitor = duration(ctx, v, p)),
        max_failure_ratio: (v, p) => (out.maxFailureRatio = num(ctx, v, p)),
        order: (v, p) => (out.order = oneOf(ctx, v, p, ['start-first', 'stop-first'])),
    }, 'an update or rollback config', out.extensions);
    return compact(out);
}
function restartPolicy(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const out = {};
    const ignored = (v, p) => {
        if (duration(ctx, v, p) !== undefined)
            ctx.diags.warn('ignored on ECS: the service scheduler decides when to restart tasks', p, v.loc);
    };
    fields(ctx, map, path, {
        condition: (v, p) => (out.condition = str(ctx, v, p)),
        max_attempts: (v, p) => (out.maxAttempts = read_int(ctx, v, p)),
        delay: ignored,
        window: ignored,
    }, 'restart_policy');
    return compact(out);
}

;// CONCATENATED MODULE: ./src/compose/normalize/depends-on.ts

const CONDITIONS = ['service_started', 'service_healthy', 'service_completed_successfully'];
function normalizeDependsOn(ctx, node, path) {
    const out = {};
    if (node.kind === 'seq') {
        for (const name of stringList(ctx, node, path) ?? [])
            out[name] = { condition: 'service_started', required: true, restart: false };
        return out;
    }
    const map = asMap(ctx, node, path, 'a list of service names or a mapping');
    for (const [name, entry] of map?.entries ?? []) {
        const p = [...path, name];
        const dep = { condition: 'service_started', required: true, restart: false };
        const m = asMap(ctx, entry.value, p);
        if (m) {
            fields(ctx, m, p, {
                condition: (v, q) => (dep.condition = oneOf(ctx, v, q, CONDITIONS) ?? dep.condition),
                required: (v, q) => (dep.required = bool(ctx, v, q) ?? true),
                restart: (v, q) => (dep.restart = bool(ctx, v, q) ?? false),
            }, 'a depends_on entry');
            // The specification requires `condition` in the long form.
            if (!m.entries.has('condition'))
                ctx.diags.error('a depends_on entry in long form needs `condition` (service_started, service_healthy or service_completed_successfully)', p, m.loc);
        }
        out[name] = dep;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compose/normalize/healthcheck.ts

function normalizeHealthcheck(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const hc = { disable: false };
    fields(ctx, map, path, {
        test: (v, p) => (hc.test = healthTest(ctx, v, p)),
        interval: (v, p) => (hc.interval = duration(ctx, v, p)),
        timeout: (v, p) => (hc.timeout = duration(ctx, v, p)),
        start_period: (v, p) => (hc.startPeriod = duration(ctx, v, p)),
        start_interval: (v, p) => (hc.startInterval = duration(ctx, v, p)),
        retries: (v, p) => (hc.retries = read_int(ctx, v, p)),
        disable: (v, p) => (hc.disable = bool(ctx, v, p) ?? false),
    }, 'a healthcheck');
    if (hc.test?.[0] === 'NONE')
        hc.disable = true;
    return compact(hc);
}
function healthTest(ctx, node, path) {
    if (node.kind === 'scalar' && typeof node.value === 'string')
        return node.value === '' ? ['NONE'] : ['CMD-SHELL', node.value];
    const list = stringList(ctx, node, path);
    if (!list)
        return undefined;
    if (list.length === 0 || !['CMD', 'CMD-SHELL', 'NONE'].includes(list[0])) {
        return expected(ctx, node, path, 'a command string, or a list starting with "CMD", "CMD-SHELL" or "NONE"');
    }
    if (list[0] === 'CMD-SHELL' && list.length !== 2)
        return expected(ctx, node, path, '["CMD-SHELL", "one shell command"]');
    return list;
}

;// CONCATENATED MODULE: ./src/compose/normalize/service.ts












function emptyService(name) {
    return {
        name,
        environment: {},
        capAdd: [],
        capDrop: [],
        ulimits: {},
        labels: {},
        ports: [],
        expose: [],
        volumes: [],
        secrets: [],
        configs: [],
        networks: {},
        links: [],
        dependsOn: {},
        profiles: [],
        devices: [],
        extraHosts: [],
        extensions: {},
    };
}
function normalizeService(ctx, name, node) {
    const path = ['services', name];
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const s = emptyService(name);
    let environment = new Map();
    // Shorthands (cpus, mem_limit, ..., scale) are applied after `deploy:`, which wins per figure.
    const short = {
        limits: {},
        reservations: {},
    };
    const limit = (key, value, kind = 'limits') => {
        if (value !== undefined)
            short[kind][key] = value;
    };
    const handlers = {
        image: (v, p) => (s.image = str(ctx, v, p)),
        build: (v, p) => (s.build = normalizeBuild(ctx, v, p, ctx.projectDir)),
        command: (v, p) => (s.command = normalizeCommand(ctx, v, p)),
        entrypoint: (v, p) => (s.entrypoint = normalizeCommand(ctx, v, p)),
        environment: (v, p) => {
            for (const [key, { value, node }] of dict(ctx, v, p, true))
                environment.set(key, value ?? fromEnvironment(ctx, key, [...p, key], node) ?? null);
        },
        env_file: () => undefined, // read beforehand (env-file.ts); merged below
        working_dir: (v, p) => (s.workingDir = str(ctx, v, p)),
        user: (v, p) => (s.user = str(ctx, v, p)),
        init: (v, p) => (s.init = bool(ctx, v, p)),
        read_only: (v, p) => (s.readOnly = bool(ctx, v, p)),
        cap_add: (v, p) => (s.capAdd = stringList(ctx, v, p) ?? []),
        cap_drop: (v, p) => (s.capDrop = stringList(ctx, v, p) ?? []),
        ulimits: (v, p) => (s.ulimits = ulimits(ctx, v, p)),
        stop_grace_period: (v, p) => (s.stopGracePeriod = duration(ctx, v, p)),
        labels: (v, p) => (s.labels = stringDict(ctx, v, p)),
        sysctls: (v, p) => (s.sysctls = stringDict(ctx, v, p)),
        ports: (v, p) => (s.ports = normalizePorts(ctx, v, p)),
        expose: (v, p) => (s.expose = expose(ctx, v, p)),
        volumes: (v, p) => s.volumes.push(...normalizeServiceVolumes(ctx, v, p)),
        tmpfs: (v, p) => s.volumes.push(...tmpfsMounts(ctx, v, p)),
        secrets: (v, p) => (s.secrets = normalizeFileRefs(ctx, v, p)),
        configs: (v, p) => (s.configs = normalizeFileRefs(ctx, v, p)),
        networks: (v, p) => (s.networks = networks(ctx, v, p)),
        links: (v, p) => (s.links = links(ctx, v, p)),
        depends_on: (v, p) => (s.dependsOn = normalizeDependsOn(ctx, v, p)),
        healthcheck: (v, p) => (s.healthcheck = normalizeHealthcheck(ctx, v, p)),
        logging: (v, p) => (s.logging = logging(ctx, v, p)),
        deploy: (v, p) => (s.deploy = normalizeDeploy(ctx, v, p)),
        platform: (v, p) => (s.platform = str(ctx, v, p)),
        gpus: (v, p) => (s.gpus = serviceGpus(ctx, v, p)),
        profiles: (v, p) => (s.profiles = stringList(ctx, v, p) ?? []),
        restart: (v, p) => (s.restart = str(ctx, v, p)),
        network_mode: (v, p) => (s.networkMode = str(ctx, v, p)),
        privileged: (v, p) => (s.privileged = bool(ctx, v, p)),
        pid: (v, p) => (s.pid = str(ctx, v, p) ?? undefined),
        devices: (v, p) => (s.devices = devices(ctx, v, p)),
        extra_hosts: (v, p) => (s.extraHosts = extraHosts(ctx, v, p)),
        hostname: (v, p) => (s.hostname = str(ctx, v, p)),
        tty: (v, p) => (s.tty = bool(ctx, v, p)),
        stdin_open: (v, p) => (s.stdinOpen = bool(ctx, v, p)),
        // Shorthands Compose folds into deploy; `deploy:` wins where both are written.
        cpus: (v, p) => limit('cpus', num(ctx, v, p)),
        mem_limit: (v, p) => limit('memory', size(ctx, v, p)),
        mem_reservation: (v, p) => limit('memory', size(ctx, v, p), 'reservations'),
        pids_limit: (v, p) => limit('pids', read_int(ctx, v, p)),
        scale: (v, p) => (short.replicas = read_int(ctx, v, p)),
    };
    // Fields with no place in the model: accepted here, judged by ecs-rules.ts.
    fields(ctx, map, path, handlers, `service ${JSON.stringify(name)}`, s.extensions, UNMODELLED_SERVICE_FIELDS);
    applyShorthands(s, short);
    // env_file values first, then `environment` overrides them.
    const merged = {};
    for (const [key, value] of ctx.envFileVars(name))
        merged[key] = value ?? ctx.lookup(key) ?? null;
    for (const [key, value] of environment)
        merged[key] = value;
    s.environment = merged;
    environment = new Map();
    if (!map.entries.has('image') && !map.entries.has('build'))
        ctx.diags.error(`service ${JSON.stringify(name)} needs an image or a build section`, path, map.loc);
    // A network_mode: service:<name> sidecar shares that service's networks; any other service (including one
    // whose network_mode Fargate ignores, such as bridge) joins the default network as under compose.
    if (Object.keys(s.networks).length === 0 && !s.networkMode?.startsWith('service:'))
        s.networks = { default: { aliases: [] } };
    return compact(s);
}
function applyShorthands(s, short) {
    const hasFigures = Object.keys(short.limits).length + Object.keys(short.reservations).length > 0;
    if (!hasFigures && short.replicas === undefined)
        return;
    const deploy = (s.deploy ??= emptyDeploy());
    if (short.replicas !== undefined)
        deploy.replicas ??= short.replicas;
    for (const kind of ['limits', 'reservations']) {
        if (Object.keys(short[kind]).length > 0)
            deploy.resources[kind] = { ...short[kind], ...deploy.resources[kind] };
    }
}
function expose(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of ports') ?? [];
    const out = [];
    node.items.forEach((item, i) => {
        const t = item.kind === 'scalar' && (typeof item.value === 'string' || typeof item.value === 'number')
            ? String(item.value)
            : undefined;
        if (t !== undefined && /^\d+(-\d+)?(\/(tcp|udp))?$/.test(t))
            out.push(t);
        else
            expected(ctx, item, [...path, i], 'a container port such as 3000, "3000-3005" or "53/udp"');
    });
    return out;
}
function ulimits(ctx, node, path) {
    const out = {};
    const map = asMap(ctx, node, path);
    for (const [key, entry] of map?.entries ?? []) {
        const p = [...path, key];
        const v = entry.value;
        if (v.kind === 'map') {
            const limits = {};
            fields(ctx, v, p, { soft: (n, q) => (limits.soft = read_int(ctx, n, q)), hard: (n, q) => (limits.hard = read_int(ctx, n, q)) }, 'a ulimit');
            if (limits.soft !== undefined && limits.hard !== undefined)
                out[key] = { soft: limits.soft, hard: limits.hard };
            else if (v.entries.size > 0 && (!v.entries.has('soft') || !v.entries.has('hard')))
                expected(ctx, v, p, 'both soft and hard');
        }
        else {
            const n = read_int(ctx, v, p);
            if (n !== undefined)
                out[key] = { soft: n, hard: n };
        }
    }
    return out;
}
function networks(ctx, node, path) {
    const out = {};
    if (node.kind === 'seq') {
        for (const name of stringList(ctx, node, path) ?? [])
            out[name] = { aliases: [] };
        return out;
    }
    const map = asMap(ctx, node, path, 'a list of network names or a mapping');
    for (const [name, entry] of map?.entries ?? []) {
        const p = [...path, name];
        const attachment = { aliases: [] };
        out[name] = attachment;
        const v = entry.value;
        if (v.kind === 'scalar' && v.value === null)
            continue;
        const m = asMap(ctx, v, p);
        if (!m)
            continue;
        const ignored = (why) => (n, q) => ctx.diags.warn(`ignored on ECS: ${why}`, q, n.loc);
        const noFixedIp = (n, q) => ctx.diags.error('Fargate assigns task IP addresses itself; remove the fixed address', q, n.loc);
        fields(ctx, m, p, {
            aliases: (n, q) => (attachment.aliases = stringList(ctx, n, q) ?? []),
            ipv4_address: noFixedIp,
            ipv6_address: noFixedIp,
            link_local_ips: noFixedIp,
            mac_address: noFixedIp,
            priority: ignored('tasks have a single network interface'),
            gw_priority: ignored('tasks have a single network interface'),
            interface_name: ignored('tasks have a single network interface'),
            driver_opts: ignored('ECS does not use Docker network drivers'),
        }, 'a service network attachment');
    }
    return out;
}
function logging(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const out = { options: {} };
    fields(ctx, map, path, {
        driver: (v, p) => (out.driver = str(ctx, v, p)),
        options: (v, p) => {
            const m = asMap(ctx, v, p);
            for (const [key, entry] of m?.entries ?? []) {
                if (entry.value.kind === 'scalar' && entry.value.value === null)
                    continue;
                const t = read_text(ctx, entry.value, [...p, key]);
                if (t !== undefined)
                    out.options[key] = t;
            }
        },
    }, 'logging');
    return compact(out);
}
function devices(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of devices') ?? [];
    return node.items.flatMap((item, i) => {
        if (item.kind === 'map') {
            const src = item.entries.get('source')?.value;
            return src?.kind === 'scalar' && typeof src.value === 'string'
                ? [src.value]
                : (expected(ctx, item, [...path, i], 'a device with a source') ?? []);
        }
        const t = str(ctx, item, [...path, i]);
        return t === undefined ? [] : [t];
    });
}
/** `links: [db, "db:database"]`: SERVICE or SERVICE:ALIAS. */
function links(ctx, node, path) {
    return (stringList(ctx, node, path) ?? []).map((l) => {
        const [service = '', alias] = l.split(':');
        return { service, alias: alias || service };
    });
}
function extraHosts(ctx, node, path) {
    if (node.kind === 'map') {
        const out = [];
        for (const [host, entry] of node.entries) {
            const ips = strings(ctx, entry.value, [...path, host]) ?? [];
            for (const ip of ips)
                out.push(`${host}=${ip}`);
        }
        return out;
    }
    return (stringList(ctx, node, path) ?? []).map((h) => h.replace(/^([^:=]+):(?!.*=)/, '$1='));
}
/** A bare `environment: [KEY]` takes the environment's value: never a runner credential's. */
function fromEnvironment(ctx, key, path, node) {
    try {
        return ctx.lookup(key);
    }
    catch (err) {
        if (!(err instanceof RefusedVariable))
            throw err;
        ctx.diags.error(err.message, path, node.loc);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/compose/normalize/index.ts



/** Returns the project with its name left empty (project-name.ts decides it). */
function normalizeProject(ctx, root) {
    const project = {
        name: '',
        workingDir: ctx.projectDir,
        files: ctx.files,
        services: {},
        networks: {},
        volumes: {},
        secrets: {},
        configs: {},
        extensions: {},
    };
    let topLevelName;
    const map = asMap(ctx, root, [], 'a mapping with services, networks, volumes, ... at the top level');
    if (!map)
        return { project };
    const section = (key) => map.entries.get(key)?.value;
    fields(ctx, map, [], {
        version: (v, p) => ctx.diags.warn('`version` is obsolete and ignored', p, v.loc),
        name: (v, p) => (topLevelName = str(ctx, v, p)),
        include: () => undefined, // consumed by include.ts
        services: () => undefined,
        networks: () => undefined,
        volumes: () => undefined,
        secrets: () => undefined,
        configs: () => undefined,
        models: (v, p) => ctx.diags.error('model runners (`models`) are not available on ECS', p, v.loc),
    }, 'the top level', project.extensions);
    const services = section('services');
    if (services) {
        const m = asMap(ctx, services, ['services']);
        for (const [name, entry] of m?.entries ?? []) {
            if (!/^[a-zA-Z0-9._-]+$/.test(name))
                ctx.diags.error(`a service name may use letters, digits, ".", "_" and "-" only`, ['services', name], entry.keyLoc);
            const s = normalizeService(ctx, name, entry.value);
            if (s)
                project.services[name] = s;
        }
    }
    project.networks = eachResource(ctx, section('networks'), 'networks', (name, v, p) => normalizeNetwork(ctx, name, v, p));
    project.volumes = eachResource(ctx, section('volumes'), 'volumes', (name, v, p) => normalizeVolume(ctx, name, v, p));
    project.secrets = eachResource(ctx, section('secrets'), 'secrets', (name, v, p) => normalizeSecret(ctx, name, v, p));
    project.configs = eachResource(ctx, section('configs'), 'configs', (name, v, p) => normalizeConfig(ctx, name, v, p));
    return topLevelName === undefined ? { project } : { project, topLevelName };
}

;// CONCATENATED MODULE: ./src/compose/profiles.ts
function enabledProfiles(input, environment) {
    const fromEnv = (environment ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    return new Set([...(input ?? []), ...fromEnv]);
}
/** Names of the active services, in declaration order. */
function activeServices(services, enabled) {
    const all = enabled.has('*');
    const active = new Set();
    const queue = [];
    for (const [name, s] of Object.entries(services)) {
        if (s.profiles.length === 0 || all || s.profiles.some((p) => enabled.has(p))) {
            active.add(name);
            queue.push(name);
        }
    }
    // Breadth-first over depends_on: each service is visited once, so this is linear.
    for (let i = 0; i < queue.length; i++) {
        const name = queue[i];
        for (const [dep, spec] of Object.entries(services[name]?.dependsOn ?? {})) {
            if (!spec.required || active.has(dep) || !services[dep])
                continue;
            active.add(dep);
            queue.push(dep);
        }
    }
    return new Set(Object.keys(services).filter((n) => active.has(n)));
}

;// CONCATENATED MODULE: ./src/compose/project-name.ts
// Project name: explicit input, else top-level `name:`, else COMPOSE_PROJECT_NAME, else the
// project directory's name, normalised as Compose does (lower case; letters, digits, `-`, `_`;
// starting with a letter or digit).

function normalizeProjectName(raw) {
    return raw
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '')
        .replace(/^[^a-z0-9]+/, '');
}
/** The chosen name and where it came from (for the error when nothing usable remains). */
function chooseProjectName(s) {
    const candidates = [
        [s.input, 'the project-name input'],
        [s.topLevel, 'the top-level name:'],
        [s.environment, 'COMPOSE_PROJECT_NAME'],
        [(0,external_node_path_.basename)(s.projectDir), 'the project directory name'],
    ];
    const [raw, from] = candidates.find(([value]) => value !== undefined && value !== '') ?? ['', 'nothing'];
    return { name: normalizeProjectName(raw), from, raw: raw };
}

;// CONCATENATED MODULE: ./src/compose/source-map.ts
class TreeSourceMap {
    root;
    constructor(root) {
        this.root = root;
    }
    locate(path) {
        let node = this.root;
        let location = node.loc;
        for (const part of path) {
            const next = step(node, part);
            if (!next)
                break;
            node = next.node;
            location = next.loc;
        }
        return location;
    }
}
function step(node, part) {
    if (node.kind === 'seq' && typeof part === 'number') {
        const item = node.items[part];
        return item && { node: item, loc: item.loc };
    }
    if (node.kind !== 'map')
        return undefined;
    const key = String(part);
    const entry = node.entries.get(key) ?? node.entries.get(key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
    // A value's own position is where it starts; for a missing or null value, use the key.
    if (!entry)
        return undefined;
    const v = entry.value;
    return {
        node: v,
        loc: v.kind === 'scalar' && v.value === null ? entry.keyLoc : v.kind === 'scalar' ? v.loc : entry.keyLoc,
    };
}

;// CONCATENATED MODULE: ./src/compose/validate.ts

function validateReferences(project, sourceMap, diags) {
    const fail = (message, path) => diags.error(message, path, sourceMap.locate(path));
    const defined = (section, names) => Object.keys(names).join(', ') || `no ${section} are defined`;
    for (const [name, s] of Object.entries(project.services)) {
        for (const [dep, spec] of Object.entries(s.dependsOn)) {
            if (project.services[dep])
                continue;
            if (spec.required)
                fail(`depends on service ${JSON.stringify(dep)}, which is not defined or not active (defined: ${defined('services', project.services)})`, ['services', name, 'depends_on', dep]);
            else
                delete s.dependsOn[dep];
        }
        for (const net of Object.keys(s.networks)) {
            if (net !== 'default' && !project.networks[net])
                fail(`uses network ${JSON.stringify(net)}, which is not defined under the top-level networks: (${defined('networks', project.networks)})`, ['services', name, 'networks', net]);
        }
        s.volumes.forEach((v, i) => {
            if (v.type === 'volume' && v.source !== undefined && !project.volumes[v.source]) {
                fail(`uses volume ${JSON.stringify(v.source)}, which is not defined under the top-level volumes: (${defined('volumes', project.volumes)})`, [...(originOf(v) ?? ['services', name, 'volumes', i])]);
            }
        });
        for (const kind of ['secrets', 'configs']) {
            s[kind].forEach((ref, i) => {
                if (!project[kind][ref.source])
                    fail(`uses ${kind.slice(0, -1)} ${JSON.stringify(ref.source)}, which is not defined under the top-level ${kind}: (${defined(kind, project[kind])})`, ['services', name, kind, i]);
            });
        }
    }
    // Compose creates the default network when a service uses it.
    if (!project.networks.default && Object.values(project.services).some((s) => s.networks.default)) {
        project.networks.default = { name: 'default', external: false, extensions: {} };
    }
}

;// CONCATENATED MODULE: ./src/compose/load.ts
// loadProject: the compose loader's one entry point. Passes, in order (as compose-go does):
// discover → read+parse (positions) → interpolate → include → extends → resolve paths →
// merge files → normalise → profiles → validate references → ECS rules (bind mounts may become configs)
// → the content of the configs services use.




























async function loadProject(options) {
    const diags = new Diagnostics();
    const runnerValues = new Map();
    const ctx = loadContext(options, diags, (v) => runnerValues.set(v.name, v.value));
    const discovered = await discoverFiles(options.files, options.workingDir, options.environment);
    if (discovered.files.length === 0) {
        throw new errors/* UserError */.yo(`No compose file found in ${options.workingDir} (looked for ${discovered.searched.map((f) => ctx.display(f)).join(', ')}); pass the files to use.`);
    }
    const files = discovered.files;
    const projectDir = (0,external_node_path_.dirname)(files[0]);
    const lookup = await ctx.makeLookup(projectDir, options.envFiles?.map((f) => (0,external_node_path_.resolve)(options.workingDir, f)));
    const docs = await readDocuments(ctx, files, projectDir, lookup);
    diags.throwIfAny();
    const tree = mergeDocuments(docs);
    const sourceMap = new TreeSourceMap(tree);
    const services = get(tree, 'services');
    const envFileVars = await serviceEnvFiles(ctx, services, lookup, diags);
    const { project, topLevelName } = normalizeProject({ diags, projectDir, files, lookup, envFileVars: (name) => envFileVars.get(name) ?? new Map() }, tree);
    const chosen = chooseProjectName({
        input: options.projectName,
        topLevel: topLevelName,
        environment: lookup('COMPOSE_PROJECT_NAME'),
        projectDir,
    });
    if (!chosen.name) {
        diags.error(`the project name from ${chosen.from} (${JSON.stringify(chosen.raw)}) has no letters or digits; set one with the project-name input or a top-level name:`, topLevelName !== undefined && chosen.from.includes('name:') ? ['name'] : undefined, topLevelName !== undefined ? sourceMap.locate(['name']) : undefined);
    }
    project.name = chosen.name;
    applyProfiles(project, options, lookup);
    validateReferences(project, sourceMap, diags);
    // Only a well-formed project is checked against the disk: a malformed field has its own error.
    if (diags.errors.length === 0) {
        await checkWorkspacePaths(project, sourceMap, diags, {
            refusal: ctx.files.refusal,
            allowOutside: options.allowOutsideWorkspace ?? false,
            allowPrivileged: options.allowPrivilegedBuilds ?? false,
        });
        await (0,check_files/* checkReferencedFiles */.d)(project, sourceMap, diags);
    }
    const rawFields = unmodelledFields(project, services);
    // Every x-aws-* extension becomes typed fields here, once; the converter reads only those.
    (0,aws_extensions/* decodeAwsExtensions */.Yq)(project, {
        error: (path, message) => diags.error(message, path, sourceMap.locate(path)),
        warn: (path, message) => diags.warn(message, path, sourceMap.locate(path)),
    });
    const policy = options.bindMounts ?? (0,bind_policy/* bindMountPolicy */.nb)('error');
    applyEcsRules(project, sourceMap, rawFields, diags, {
        bindMounts: policy,
        bindSources: await bindSources(project),
        workspace: options.workspace ?? workspaceRoot(options.environment, options.workingDir),
        ...(policy.drop === 'copied-source' ? { images: await builtImageContents(project) } : {}),
    });
    // After the ECS rules, which may add configs made from bind mounts.
    if (diags.errors.length === 0)
        await readConfigContents(project, sourceMap, diags, lookup, ctx.files.read);
    diags.throwIfAny();
    return {
        project,
        sourceMap,
        warnings: sortedWarnings(diags),
        runnerVariables: [...runnerValues].map(([name, value]) => ({ name, value })),
        builtFrom: await builtBases(project),
    };
}
/** What each built service's image rests on, read from its Dockerfile (named-volume seeding needs a shell). */
async function builtBases(project) {
    const out = {};
    for (const service of Object.values(project.services)) {
        const base = service.build && (await builtFrom(service.build));
        if (base)
            out[service.name] = base;
    }
    return out;
}
/** Each compose file read, its includes and extends applied and its relative paths resolved. */
async function readDocuments(ctx, files, projectDir, lookup) {
    const docs = [];
    for (const file of files) {
        const doc = await ctx.readCompose(file, lookup);
        if (!doc)
            continue;
        await applyIncludes(ctx, doc, (0,external_node_path_.dirname)(file), lookup);
        await applyExtends(ctx, doc, file, lookup);
        resolveRelativePaths(doc, { baseDir: projectDir, home: ctx.home });
        docs.push(doc);
    }
    return docs;
}
/** Service name → the variables of its env_file entries, read before the project is normalised. */
async function serviceEnvFiles(ctx, services, lookup, diags) {
    const envFileVars = new Map();
    for (const [name, entry] of services?.kind === 'map' ? services.entries : []) {
        const envFile = get(entry.value, 'env_file');
        if (envFile)
            envFileVars.set(name, await readServiceEnvFiles(envFile, ['services', name, 'env_file'], lookup, diags, ctx.display, ctx.files.read));
    }
    return envFileVars;
}
/** Service name → the fields it sets that the model does not keep (the ECS rules warn about them). */
function unmodelledFields(project, services) {
    const rawFields = new Map();
    for (const name of Object.keys(project.services)) {
        const node = get(services, name);
        rawFields.set(name, node?.kind === 'map'
            ? [...node.entries.keys()].filter((k) => Object.hasOwn(UNMODELLED_SERVICE_FIELDS, k))
            : []);
    }
    return rawFields;
}
/** What each built service's image holds from its build context, read from its Dockerfile. */
async function builtImageContents(project) {
    const contents = new Map();
    for (const service of Object.values(project.services)) {
        const content = service.build && (await imageContent(service.build));
        if (content)
            contents.set(service.name, content);
    }
    return contents;
}
function applyProfiles(project, options, lookup) {
    const active = activeServices(project.services, enabledProfiles(options.profiles, lookup('COMPOSE_PROFILES')));
    for (const name of Object.keys(project.services))
        if (!active.has(name))
            delete project.services[name];
}
function loadContext(options, diags, onRunnerValue) {
    const env = options.environment;
    const display = (absolute) => {
        const rel = (0,external_node_path_.relative)(options.workingDir, absolute);
        return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : absolute;
    };
    const files = fileAccess({
        workspace: options.workspace ?? workspaceRoot(env, options.workingDir),
        allowOutside: options.allowOutsideWorkspace ?? false,
        ...(options.signal && { signal: options.signal }),
    });
    return {
        diags,
        files,
        included: new Set(),
        workingDir: options.workingDir,
        home: env.HOME,
        display,
        async readCompose(file, lookup, usedAt) {
            // A file another compose file names (include, extends) is confined; the operator's own are not.
            const result = await files.read(file, { maxBytes: MAX_FILE_BYTES, confine: usedAt !== undefined });
            if ('problem' in result) {
                diags.error(`compose file ${display(file)} ${result.problem}`, usedAt?.path, usedAt?.loc);
                return undefined;
            }
            const text = decodeUtf8(result.bytes, display(file), diags);
            const doc = text === undefined ? undefined : parseYaml(text, display(file), diags);
            if (doc)
                interpolateTree(doc, lookup, diags);
            return doc;
        },
        makeLookup: (projectDir, envFiles, mode = 'after-dotenv') => projectLookup({ environment: env, diags, display, read: files.read, onRunnerValue }, projectDir, envFiles, mode),
    };
}


/***/ }),

/***/ 8769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ restartsForever),
/* harmony export */   J: () => (/* binding */ oneShotServices)
/* harmony export */ });
/** restart: always / unless-stopped (or restart_policy any): compose restarts it after every exit. */
function restartsForever(s) {
    const restart = s.restart?.split(':')[0];
    if (restart === 'always' || restart === 'unless-stopped')
        return true;
    return s.deploy?.restartPolicy?.condition === 'any';
}
/** The service whose task a service's container runs in: its own, or the one it is a sidecar of. */
function taskOf(name, s) {
    if (s.networkMode?.startsWith('service:'))
        return s.networkMode.slice('service:'.length);
    return s.aws?.sidecarOf ?? name;
}
/**
 * Services that become jobs (template/jobs.ts findJobs): the main container of their own task, restarting at
 * most on failure, and either `deploy.mode: replicated-job` or waited for with
 * `condition: service_completed_successfully` from another task.
 */
function oneShotServices(project) {
    const waitedFor = new Set();
    for (const [name, s] of Object.entries(project.services))
        for (const [dep, d] of Object.entries(s.dependsOn))
            if (d.condition === 'service_completed_successfully' && taskOf(name, s) !== dep)
                waitedFor.add(dep);
    const out = new Set();
    for (const [name, s] of Object.entries(project.services)) {
        if (taskOf(name, s) !== name || restartsForever(s))
            continue;
        const explicit = s.deploy?.mode === 'replicated-job' || s.deploy?.mode === 'global-job';
        if (explicit || waitedFor.has(name))
            out.add(name);
    }
    return out;
}


/***/ }),

/***/ 8654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ parseDockerignore)
/* harmony export */ });
// .dockerignore patterns, enough to leave ignored files out of the build-input hash the way the
// engine leaves them out of the build context: `#` comments, `!` exceptions, `*`, `?`, `**`.
function toRegExp(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            // `**/` matches any number of directories, including none.
            out += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += pattern[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // A pattern names a path and everything below it.
    return new RegExp(`^${out}(?:/.*)?$`);
}
function parseDockerignore(text) {
    const rules = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => {
        const negate = line.startsWith('!');
        const pattern = (negate ? line.slice(1) : line)
            .trim()
            .replace(/^\/+/, '')
            .replace(/^\.\//, '')
            .replace(/\/+$/, '');
        return { negate, regexp: toRegExp(pattern) };
    });
    // The last matching rule decides, as in Docker.
    return (path) => {
        let ignored = false;
        for (const rule of rules)
            if (rule.regexp.test(path))
                ignored = !rule.negate;
        return ignored;
    };
}


/***/ })

};
