/*
 * Contestants' forms:
 * - a refused form moves the focus to its error summary, so keyboard and screen-reader users start there;
 * - a field the person has changed since the refusal loses its error (beside it and in the summary): ticking the
 *   consent box makes "Vui lòng đồng ý…" go away at once; the server checks everything again on submit;
 * - the place-of-residence list gets a search box that narrows it, ignoring case and diacritics.
 */
(function () {
    'use strict';
    var summary = document.getElementById('error-summary');
    if (summary) {
        summary.focus();
    }

    function clearError(field) {
        var error = document.getElementById(field.id + '-error');
        if (!error || error.hidden) {
            return;
        }
        error.hidden = true;
        field.removeAttribute('aria-invalid');
        var described = (field.getAttribute('aria-describedby') || '').split(' ')
            .filter(function (id) { return id && id !== error.id; }).join(' ');
        if (described) {
            field.setAttribute('aria-describedby', described);
        } else {
            field.removeAttribute('aria-describedby');
        }
        if (summary) {
            var link = summary.querySelector('a[href="#' + field.id + '"]');
            if (link) {
                link.parentNode.hidden = true;
            }
            var left = Array.prototype.filter.call(summary.querySelectorAll('li'), function (item) { return !item.hidden; });
            if (left.length === 0) {
                summary.hidden = true;
            }
        }
    }

    document.querySelectorAll('form input[aria-invalid="true"], form select[aria-invalid="true"]').forEach(function (field) {
        var clear = function () { clearError(field); };
        field.addEventListener(field.type === 'checkbox' || field.tagName === 'SELECT' ? 'change' : 'input', clear);
    });

    function plain(text) {
        return text.toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
            .replace(/\s+/g, ' ').trim();
    }

    document.querySelectorAll('[data-residence]').forEach(function (box) {
        var search = box.querySelector('input[type="search"]');
        var select = box.querySelector('select');
        var found = box.querySelector('[role="status"]');
        if (!search || !select) {
            return;
        }
        // the full list, kept aside: hiding <option>s does not work on every phone, rebuilding the list does
        var groups = Array.prototype.map.call(select.querySelectorAll('optgroup'), function (group) {
            return { label: group.label, options: Array.prototype.slice.call(group.querySelectorAll('option')) };
        });
        var wording = box.getAttribute('data-found') || '{0}';
        search.hidden = false;
        var timer = null;
        search.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                var words = plain(search.value).split(' ').filter(Boolean);
                var chosen = select.value;
                var count = 0;
                Array.prototype.slice.call(select.querySelectorAll('optgroup')).forEach(function (group) {
                    select.removeChild(group);
                });
                groups.forEach(function (group) {
                    var matching = group.options.filter(function (option) {
                        var text = option.getAttribute('data-search') || '';
                        return option.value === chosen || words.every(function (word) { return text.indexOf(word) >= 0; });
                    });
                    if (matching.length > 0) {
                        var element = document.createElement('optgroup');
                        element.label = group.label;
                        matching.forEach(function (option) { element.appendChild(option); });
                        select.appendChild(element);
                        count += matching.length;
                    }
                });
                select.value = chosen;
                found.textContent = words.length ? wording.replace('{0}', String(count)) : '';
            }, 150);
        });
    });
})();
