// The groups step: while a group's name is typed, its empty code is filled as the server would make it
// (GroupCodes: no diacritics, đ as d, upper case, words joined by "-", at most 30), and follows the name until the
// person types a code of their own.
(function () {
    'use strict';
    function code(name) {
        return name.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
            .toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 30).replace(/-+$/, '');
    }
    document.querySelectorAll('input[name="groups.name"]').forEach(function (name) {
        var input = document.getElementById(name.id.replace(/-name$/, '-code'));
        if (!input) {
            return;
        }
        var derived = input.value === '' || input.value === code(name.value);
        input.addEventListener('input', function () { derived = input.value === ''; });
        name.addEventListener('input', function () {
            if (derived) {
                input.value = code(name.value);
            }
        });
    });
})();
