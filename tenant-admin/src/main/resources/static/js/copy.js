// "Sao chép" buttons: each copies the text of the element its data-copy names (an input, a textarea or a link)
// and says so in its status element. Without the Clipboard API the text is selected and copied the old way.
(function () {
    'use strict';
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
        var source = document.getElementById(button.getAttribute('data-copy'));
        var status = document.getElementById(button.getAttribute('data-status'));
        if (!source) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', function () {
            var text = 'value' in source && source.tagName !== 'A' ? source.value : (source.getAttribute('href') || source.textContent);
            var done = function () {
                if (status) {
                    status.textContent = button.getAttribute('data-copied');
                }
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
            } else {
                fallback(text);
                done();
            }
        });
    });

    function fallback(text) {
        var area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.className = 'visually-hidden';
        document.body.appendChild(area);
        area.select();
        document.execCommand('copy');
        area.remove();
    }
})();
