/* Tells PainMap the browser's time zone, so that pages, reports and the audit trail show times
   in local time (dashapp/services.py, local_zone). It is kept in a cookie, not on the server:
   every request carries it, whichever worker answers; the database keeps UTC. */
(function () {
    'use strict';
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // An IANA name ("Europe/Paris") needs no escaping in a cookie; anything else is not sent.
    if (!zone || !/^[A-Za-z0-9_+\-\/]{1,64}$/.test(zone)) {
        return;
    }
    var value = 'painmap_tz=' + zone;
    if (document.cookie.split('; ').indexOf(value) < 0) {
        document.cookie = value + '; path=/; max-age=31536000; SameSite=Lax' +
            (window.location.protocol === 'https:' ? '; Secure' : '');
    }
}());
