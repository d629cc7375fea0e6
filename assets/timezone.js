/* Tells PainMap the browser's time zone, so that pages, reports and the audit trail show times
   in local time (dashapp/services.py, local_zone). It is kept in a cookie, not on the server:
   every request carries it, whichever worker answers; the database keeps UTC.
   The zone is asked for in a worker (assets/workers/zone.js), off the page's thread, where a
   browser allows it. Should a request to the server leave before the worker answers, the zone
   is asked for here at once (`painmapZone.settle`, called by Dash before each request: see
   dashapp/web/scripts.py), so a page built on the server never misses it. */
(function () {
    'use strict';

    function keep(zone) {
        // An IANA name ("Europe/Paris") needs no escaping in a cookie; anything else is not sent.
        if (!zone || !/^[A-Za-z0-9_+\-\/]{1,64}$/.test(zone)) {
            return;
        }
        var value = 'painmap_tz=' + zone;
        if (document.cookie.split('; ').indexOf(value) < 0) {
            document.cookie = value + '; path=/; max-age=31536000; SameSite=Lax' +
                (window.location.protocol === 'https:' ? '; Secure' : '');
        }
    }

    var settled = false;

    function here() {
        if (!settled) {
            settled = true;
            keep(Intl.DateTimeFormat().resolvedOptions().timeZone);
        }
    }

    window.painmapZone = {settle: here};

    var script = document.currentScript;
    if (!window.Worker || !script || !script.src) {
        here();
        return;
    }
    try {
        var worker = new Worker(new URL('workers/zone.js', script.src).href);
        worker.onmessage = function (event) {
            worker.terminate();
            if (!settled) {
                settled = true;
                keep(event.data);
            }
        };
        worker.onerror = function () {
            worker.terminate();
            here();
        };
    } catch (e) {
        here();
    }
}());
