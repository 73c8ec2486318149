// "Chia sẻ kết quả": the phone's own share sheet (Zalo, Messenger, SMS…) where there is one; otherwise the
// invitation and link go to the clipboard. The button stays hidden where neither exists.
(function () {
    'use strict';
    var button = document.getElementById('share-result');
    if (!button || !(navigator.share || (navigator.clipboard && window.isSecureContext))) {
        return;
    }
    var status = document.getElementById('share-status');
    button.hidden = false;
    button.addEventListener('click', function () {
        var text = button.getAttribute('data-text');
        var url = button.getAttribute('data-url');
        if (navigator.share) {
            navigator.share({ text: text, url: url }).catch(function () { /* closed by the contestant */ });
            return;
        }
        navigator.clipboard.writeText(text + ' ' + url).then(function () {
            status.textContent = button.getAttribute('data-copied');
        });
    });
})();
