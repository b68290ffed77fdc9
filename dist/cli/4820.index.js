export const id = 4820;
export const ids = [4820];
export const modules = {

/***/ 4820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkChangeSets: () => (/* binding */ sdkChangeSets),
/* harmony export */   sdkStackEvents: () => (/* binding */ sdkStackEvents),
/* harmony export */   sdkStacks: () => (/* binding */ sdkStacks)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(678);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8446);



function sdkStacks(cfn) {
    return {
        async describe(stack) {
            try {
                return (await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStacksCommand({ StackName: stack }))).Stacks?.[0];
            }
            catch (err) {
                if (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .StackNotFound */ .yU)
                    return undefined;
                throw err;
            }
        },
        async delete(stackId, options = {}) {
            await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DeleteStackCommand({ StackName: stackId, RoleARN: options.roleArn }));
        },
        async cancelUpdate(stackId) {
            await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.CancelUpdateStackCommand({ StackName: stackId }));
        },
        async resources(stackId) {
            const pages = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .allPages */ .S)((NextToken) => cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.ListStackResourcesCommand({ StackName: stackId, NextToken })));
            return pages.flatMap((page) => page.StackResourceSummaries ?? []);
        },
        async template(stackId) {
            return (await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.GetTemplateCommand({ StackName: stackId, TemplateStage: 'Original' })))
                .TemplateBody;
        },
        async setTerminationProtection(stackId, enabled) {
            await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.UpdateTerminationProtectionCommand({ StackName: stackId, EnableTerminationProtection: enabled }));
        },
    };
}
function sdkChangeSets(cfn) {
    return {
        async create(input) {
            const out = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.CreateChangeSetCommand({
                StackName: input.stackName,
                ChangeSetName: input.changeSetName,
                ChangeSetType: input.type,
                TemplateBody: input.templateBody,
                TemplateURL: input.templateUrl,
                Parameters: Object.entries(input.parameters).map(([ParameterKey, ParameterValue]) => ({
                    ParameterKey,
                    ParameterValue,
                })),
                Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
                Tags: Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
                Description: input.description,
                RoleARN: input.roleArn,
                NotificationARNs: input.notificationArns?.length ? input.notificationArns : undefined,
            }));
            return { id: out.Id, stackId: out.StackId };
        },
        describe: (changeSetId, nextToken) => 
        // IncludePropertyValues: each changed property's before and after values, for the review.
        cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeChangeSetCommand({
            ChangeSetName: changeSetId,
            NextToken: nextToken,
            IncludePropertyValues: true,
        })),
        async execute(changeSetId, options) {
            await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.ExecuteChangeSetCommand({
                ChangeSetName: changeSetId,
                ClientRequestToken: options.token,
                ...(options.disableRollback ? { DisableRollback: true } : {}),
            }));
        },
        async delete(changeSetId) {
            await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DeleteChangeSetCommand({ ChangeSetName: changeSetId }));
        },
    };
}
function sdkStackEvents(cfn) {
    return {
        async page(stackId, nextToken) {
            const out = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__.DescribeStackEventsCommand({ StackName: stackId, NextToken: nextToken }));
            return { events: out.StackEvents ?? [], nextToken: out.NextToken };
        },
    };
}


/***/ }),

/***/ 8446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ allPages)
/* harmony export */ });
/** Every page of a call paged by NextToken: `page(token)` until a page comes back without one. */
async function allPages(page) {
    const pages = [];
    let NextToken;
    do {
        const next = await page(NextToken);
        pages.push(next);
        NextToken = next.NextToken;
    } while (NextToken);
    return pages;
}


/***/ })

};
