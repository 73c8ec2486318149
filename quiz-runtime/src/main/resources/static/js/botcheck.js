/* The registration form's bot check (and the sign-in form's, once wrong passwords made the server ask for it), with
   no third-party service: find a nonce such that SHA-256 of "challenge:nonce" starts with `difficulty` zero bits.
   Solved while the person types, sent in two hidden fields. The challenge is single-use: one per submission.
   Any form marked data-bot-check uses it too (the password recovery's "send me a code"). */
(function () {
    'use strict';
    // the solver itself, for BotCheckMeasurement (docs/security.md has its figures); it finds nothing on its own
    window.cuocthiBotCheck = {search: function (challenge, difficulty) { return search(challenge, difficulty, 0); }};
    var form = document.querySelector('form[data-bot-check]') || document.getElementById('registration')
        || document.querySelector('form[data-bot-difficulty]');
    if (!form) {
        return;
    }
    var wanted = form.getAttribute('data-bot-difficulty');
    var url = '/api/v1/bot-check' + (wanted ? '?difficulty=' + encodeURIComponent(wanted) : '');
    var status = document.getElementById('bot-status');
    var FRESH_MS = 8 * 60 * 1000; // challenges live ten minutes
    var solving = null, solvedAt = 0;

    function zeroBits(bytes) {
        var bits = 0;
        for (var i = 0; i < bytes.length; i++) {
            if (bytes[i] !== 0) {
                return bits + Math.clz32(bytes[i]) - 24;
            }
            bits += 8;
        }
        return bits;
    }

    function search(challenge, difficulty, from) {
        var encoder = new TextEncoder(), batch = [];
        for (var n = from; n < from + 256; n++) {
            batch.push(crypto.subtle.digest('SHA-256', encoder.encode(challenge + ':' + n)));
        }
        return Promise.all(batch).then(function (digests) {
            for (var i = 0; i < digests.length; i++) {
                if (zeroBits(new Uint8Array(digests[i])) >= difficulty) {
                    return {challenge: challenge, nonce: String(from + i)};
                }
            }
            return search(challenge, difficulty, from + 256);
        });
    }

    function solve() {
        solvedAt = performance.now();
        if (!window.crypto || !window.crypto.subtle || !window.fetch) {
            return Promise.resolve(null); // not a secure context: the server allows a few registrations unchecked
        }
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('bot-check ' + response.status);
                }
                return response.json();
            })
            .then(function (challenge) {
                return search(challenge.challenge, challenge.difficulty, 0);
            })
            .catch(function () {
                return null;
            });
    }

    solving = solve();
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var button = form.querySelector('button[type="submit"]');
        button.disabled = true;
        status.textContent = form.getAttribute('data-checking');
        if (performance.now() - solvedAt > FRESH_MS) {
            solving = solve();
        }
        solving.then(function (solution) {
            if (solution) {
                form.elements.botChallenge.value = solution.challenge;
                form.elements.botNonce.value = solution.nonce;
            } else {
                status.textContent = form.getAttribute('data-check-failed');
            }
            form.submit();
        });
    });
})();
