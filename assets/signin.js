/* Clinic mode: when the server refuses a Dash callback because the session ended (idle
   timeout, sign-out in another tab), go to the sign-in page, and come back here afterwards.
   A session page is left alone: its autosave says there, where the person types, that it
   could not save, and leaving would lose what was typed. */
(function () {
    'use strict';
    var original = window.fetch;
    if (!original) {
        return;
    }
    window.fetch = function (input) {
        var url = typeof input === 'string' ? input : (input && input.url) || '';
        return original.apply(this, arguments).then(function (response) {
            var callback = url.indexOf('/_dash-update-component') !== -1;
            if (response.status !== 401 || !callback || /^\/sessions\//.test(location.pathname)) {
                return response;
            }
            return response.clone().json().then(function (body) {
                var signin = body && body.signin;
                if (typeof signin !== 'string' || signin.charAt(0) !== '/' ||
                        signin.charAt(1) === '/') {
                    return response;
                }
                var here = location.pathname + location.search;
                var join = signin.indexOf('?') === -1 ? '?' : '&';
                location.assign(signin + join + 'next=' + encodeURIComponent(here));
                // The page is leaving: Dash need not report the refusal as an error.
                return new Promise(function () {});
            }, function () {
                return response; // not JSON: not the access check's answer
            });
        });
    };
}());
