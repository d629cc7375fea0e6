/* Answers the browser's time zone (an IANA name such as "Europe/Paris") to assets/timezone.js.
   Asking Intl for it loads the time-zone data, which costs the page's own thread about 20 ms,
   and 80 ms or more on a slow phone while the page starts; here it costs another thread. */
self.postMessage(Intl.DateTimeFormat().resolvedOptions().timeZone || '');
