/* The start's waiting room: after the seconds the server asked for, press "start" again (the place is kept by
   coming back in time; a reload would do the same but people should not have to). */
(function () {
    'use strict';
    var notice = document.getElementById('start-waiting');
    var start = document.getElementById('start-exam');
    if (!notice || !start || !start.form) {
        return;
    }
    var seconds = Math.max(1, Number(notice.getAttribute('data-wait-seconds')) || 5);
    setTimeout(function () {
        start.form.submit();
    }, seconds * 1000);
})();
