// A light editor for the contest's description and rules: bold, italic, a heading, lists and links over a
// contenteditable area, written back into its textarea (which stays the form's field, and what a person without
// scripts types HTML into). The server sanitises whatever arrives: this is a convenience, not a guard.
(function () {
    'use strict';
    var areas = document.querySelectorAll('textarea[data-rich-text]');
    if (!areas.length || !document.execCommand) {
        return;
    }
    document.execCommand('defaultParagraphSeparator', false, 'p');

    var COMMANDS = [
        { name: 'bold', label: 'data-bold', text: 'B', state: true },
        { name: 'italic', label: 'data-italic', text: 'I', state: true },
        { name: 'heading', label: 'data-heading', text: 'H' },
        { name: 'insertUnorderedList', label: 'data-bullets', text: '•', state: true },
        { name: 'insertOrderedList', label: 'data-numbers', text: '1.', state: true },
        { name: 'link', label: 'data-link' },
        { name: 'unlink', label: 'data-unlink' }
    ];

    areas.forEach(function (textarea) {
        var editor = document.createElement('div');
        editor.className = 'rich-editor';
        var toolbar = document.createElement('div');
        toolbar.className = 'rich-toolbar';
        toolbar.setAttribute('role', 'toolbar');
        toolbar.setAttribute('aria-label', textarea.getAttribute('data-toolbar'));
        toolbar.setAttribute('aria-controls', textarea.id + '-editor');
        var area = document.createElement('div');
        area.id = textarea.id + '-editor';
        area.className = 'rich-area';
        area.contentEditable = 'true';
        area.setAttribute('role', 'textbox');
        area.setAttribute('aria-multiline', 'true');
        var label = document.querySelector('label[for="' + textarea.id + '"]');
        if (label) {
            label.id = label.id || textarea.id + '-label';
            area.setAttribute('aria-labelledby', label.id);
            label.addEventListener('click', function () { area.focus(); });
        }
        if (textarea.getAttribute('aria-describedby')) {
            area.setAttribute('aria-describedby', textarea.getAttribute('aria-describedby'));
        }
        // an empty text starts with a paragraph, so that what is typed is one (and not bare text)
        area.innerHTML = textarea.value.trim() === '' ? '<p><br></p>' : textarea.value;

        var linkBar = document.createElement('div');
        linkBar.className = 'rich-link';
        linkBar.hidden = true;
        var linkInput = document.createElement('input');
        linkInput.type = 'url';
        linkInput.id = textarea.id + '-link';
        linkInput.placeholder = 'https://';
        var linkLabel = document.createElement('label');
        linkLabel.htmlFor = linkInput.id;
        linkLabel.textContent = textarea.getAttribute('data-link-address');
        var linkOk = button(textarea.getAttribute('data-link-insert'), textarea.getAttribute('data-link-insert'));
        linkOk.id = textarea.id + '-link-insert';
        linkBar.append(linkLabel, linkInput, linkOk);

        var saved = null;
        var buttons = COMMANDS.map(function (command) {
            var b = button(command.text || textarea.getAttribute(command.label), textarea.getAttribute(command.label));
            b.setAttribute('data-command', command.name);
            if (command.state) {
                b.setAttribute('aria-pressed', 'false');
            }
            b.addEventListener('mousedown', function (event) { event.preventDefault(); });
            b.addEventListener('click', function () {
                area.focus();
                if (command.name === 'heading') {
                    var inHeading = document.queryCommandValue('formatBlock').toLowerCase() === 'h3';
                    document.execCommand('formatBlock', false, inHeading ? 'p' : 'h3');
                } else if (command.name === 'link') {
                    var selection = window.getSelection();
                    saved = selection.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
                    linkBar.hidden = false;
                    linkInput.value = '';
                    linkInput.focus();
                    return;
                } else {
                    document.execCommand(command.name, false, null);
                }
                sync();
                states();
            });
            toolbar.appendChild(b);
            return { command: command, element: b };
        });

        linkOk.addEventListener('click', insertLink);
        linkInput.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
                insertLink();
            } else if (event.key === 'Escape') {
                linkBar.hidden = true;
                area.focus();
            }
        });

        function insertLink() {
            var url = linkInput.value.trim();
            linkBar.hidden = true;
            area.focus();
            if (saved) {
                var selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(saved);
            }
            if (/^(https?:\/\/|mailto:)/i.test(url)) {
                if (saved && saved.collapsed) {
                    document.execCommand('insertHTML', false, '<a href="' + url.replace(/"/g, '%22') + '">'
                        + url.replace(/[<>&]/g, '') + '</a>');
                } else {
                    document.execCommand('createLink', false, url);
                }
            }
            sync();
        }

        function sync() {
            var html = area.innerHTML.trim();
            textarea.value = html === '<br>' || html === '<p><br></p>' ? '' : html;
        }

        function states() {
            buttons.forEach(function (entry) {
                if (entry.command.state) {
                    var on = false;
                    try { on = document.queryCommandState(entry.command.name); } catch (e) { on = false; }
                    entry.element.setAttribute('aria-pressed', on ? 'true' : 'false');
                }
            });
        }

        area.addEventListener('input', sync);
        area.addEventListener('keyup', states);
        area.addEventListener('mouseup', states);
        if (textarea.form) {
            textarea.form.addEventListener('submit', sync);
        }
        editor.append(toolbar, linkBar, area);
        textarea.hidden = true;
        textarea.parentNode.insertBefore(editor, textarea);
    });

    function button(text, label) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'button secondary';
        b.textContent = text;
        b.setAttribute('aria-label', label);
        b.title = label;
        return b;
    }
})();
