/* A refused form: move the focus to its error summary, so keyboard and screen-reader users start there. */
(function () {
    'use strict';
    var summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }
})();
