export const id = 391;
export const ids = [391];
export const modules = {

/***/ 3391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canaryState: () => (/* binding */ canaryState)
/* harmony export */ });
/* harmony import */ var _render_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5394);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);


function canaryState(report) {
    const problems = (0,_render_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .groupProblems */ .U)(report);
    const failing = problems.filter((p) => p.level === 'fail');
    const shutdowns = problems.filter((p) => p.category === 'model-deprecated');
    const needsAttention = !report.ok || shutdowns.length > 0;
    const key = problems
        .filter((p) => p.level === 'fail' || p.category === 'model-deprecated')
        .flatMap((p) => p.subjects.map((s) => `${s}:${p.category}`))
        .sort()
        .join(',');
    let title;
    if (failing.length) {
        const first = failing[0];
        const more = failing.length > 1 ? ` (+${failing.length - 1} more)` : '';
        title = `openai-access-check is failing: ${first.title.toLowerCase()} (${first.subjects.slice(0, 3).join(', ')})${more}`;
    }
    else {
        title = `openai-access-check needs attention: shutdown announced for ${shutdowns.flatMap((p) => p.subjects).join(', ')}`;
    }
    return { needsAttention, title, diagnosisKey: key, diagnosisMarkdown: (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderDiagnosis */ .sW)(report) };
}


/***/ })

};
