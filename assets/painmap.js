/* What other pages keep in this browser (the chart, the answers, the findings), read back
   for the pages that need it. A missing entry is null; one that cannot be parsed is
   "unreadable", which the server reports instead of guessing. */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
    painmap: {
        read: function (key) {
            try {
                return JSON.parse(window.localStorage.getItem(key));
            } catch (e) {
                return 'unreadable';
            }
        },
        answers: function () {
            return window.dash_clientside.painmap.read('intake-answers');
        },
        answersAndFindings: function () {
            const read = window.dash_clientside.painmap.read;
            return {answers: read('intake-answers'), findings: read('exam-findings')};
        },
        consultation: function () {
            const read = window.dash_clientside.painmap.read;
            return {
                marks: read('patient-marks'),
                answers: read('intake-answers'),
                findings: read('exam-findings'),
            };
        },
    },
});
