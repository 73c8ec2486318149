/* The exam page. Each answer is saved the moment it is chosen (a 200 means PostgreSQL has it), with a visible state
   per question; failed saves are retried with backoff, and at once when the network returns. The countdown runs on
   the page's monotonic clock from the server's seconds left; at zero the page stops answering and submits, and the
   server grades the saved answers. Only the last tab or device that opened the exam may write: an older one is
   told so and stops. */
(function () {
    'use strict';
    var form = document.getElementById('exam');
    if (!form || !window.fetch || !window.CuocThiTimer) {
        return;
    }
    var text = form.dataset;
    var api = '/api/v1/attempts/' + text.attempt;
    var questions = Array.prototype.slice.call(form.querySelectorAll('fieldset.question'));
    var pending = {};       // question id -> {busy, again, retries, timer}
    var inFlight = [];      // promises of the saves under way
    var stopped = false;    // no more answering: time up, submitted, or another tab writes now
    var submitting = false;
    var submitRetries = 0;
    var prediction = document.getElementById('prediction');
    var predictionKey = 'cuocthi-du-doan-' + text.attempt;

    function fill(template, a, b) {
        return template.replace('{0}', a).replace('{1}', b);
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function call(method, url, body) {
        return fetch(url, {
            method: method, credentials: 'same-origin', cache: 'no-store', body: JSON.stringify(body),
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Attempt-Tab': text.tab,
                'X-Requested-With': 'fetch'}
        });
    }

    function problem(response) {
        return response.json().catch(function () {
            return {};
        }).then(function (body) {
            body.status = response.status;
            return body;
        });
    }

    function backoff(retries) {
        return Math.min(30000, 1000 * Math.pow(2, retries)) * (0.75 + Math.random() / 2);
    }

    function state(id, name, message) {
        var el = byId('state-' + id);
        el.setAttribute('data-state', name);
        el.textContent = message;
        mark(id);
    }

    // the navigator's square for a question: answered and saved, not answered, or chosen but not yet saved
    var squares = byId('navigator'); // not 'navigator': that name is the browser's
    function mark(id) {
        var square = byId('nav-' + id);
        if (!square) {
            return;
        }
        var saveState = byId('state-' + id).getAttribute('data-state');
        var kind = saveState === 'saving' || saveState === 'retrying' || saveState === 'unsaved' ? 'unsaved'
            : (chosen(byId('q-' + id)).length > 0 ? 'answered' : 'blank');
        square.className = kind;
        var words = {answered: squares.dataset.msgAnswered, blank: squares.dataset.msgEmpty,
            unsaved: squares.dataset.msgUnsaved}[kind];
        square.setAttribute('aria-label', fill(words, square.getAttribute('data-number')));
    }

    function firstUnanswered() {
        return questions.filter(function (question) {
            return chosen(question).length === 0;
        })[0];
    }

    function goTo(question) {
        squares.open = false;
        question.scrollIntoView({block: 'start'});
        var input = question.querySelector('input');
        if (input) {
            input.focus({preventScroll: true});
        }
    }

    function network(up) {
        byId('offline').hidden = up && navigator.onLine;
    }

    function chosen(question) {
        return Array.prototype.filter.call(question.querySelectorAll('input'), function (input) {
            return input.checked;
        }).map(function (input) {
            return input.value;
        });
    }

    function progress() {
        var answered = questions.filter(function (question) {
            return chosen(question).length > 0;
        }).length;
        byId('progress').textContent = fill(text.msgProgress, answered, questions.length);
        byId('first-unanswered').hidden = answered === questions.length;
        return questions.length - answered;
    }

    function save(id) {
        var p = pending[id] || (pending[id] = {busy: false, again: false, retries: 0, timer: null});
        if (stopped) {
            return;
        }
        if (p.busy) {
            p.again = true; // the newest choice goes as soon as this save is answered
            return;
        }
        clearTimeout(p.timer);
        p.timer = null;
        p.busy = true;
        p.again = false;
        state(id, 'saving', text.msgSaving);
        var request = call('PUT', api + '/answers/' + id, {optionIds: chosen(byId('q-' + id))}).then(function (response) {
            p.busy = false;
            if (response.ok) {
                network(true);
                p.retries = 0;
                if (p.again) {
                    save(id);
                } else {
                    delete pending[id];
                    state(id, 'saved', text.msgSaved);
                }
                return;
            }
            return problem(response).then(function (refusal) {
                refused(id, p, refusal);
            });
        }, function () {
            p.busy = false;
            network(false);
            retry(id, p);
        });
        inFlight.push(request);
        request.then(function () {
            inFlight.splice(inFlight.indexOf(request), 1);
        });
    }

    function retry(id, p) {
        if (stopped) {
            return;
        }
        state(id, 'retrying', text.msgRetrying);
        p.timer = setTimeout(function () {
            save(id);
        }, backoff(p.retries++));
    }

    function refused(id, p, refusal) {
        if (refusal.code === 'attempt.continuedElsewhere') {
            state(id, 'unsaved', text.msgRefused);
            elsewhere();
        } else if (refusal.code === 'attempt.deadlinePassed' || refusal.code === 'attempt.finished') {
            state(id, 'unsaved', text.msgRefused);
            timeUp();
        } else if (refusal.status === 401) {
            state(id, 'unsaved', text.msgRefused);
            signedOut();
        } else if (refusal.status >= 500 || refusal.status === 429 || refusal.status === 408) {
            retry(id, p);
        } else {
            delete pending[id];
            state(id, 'unsaved', text.msgRefused + ' – ' + (refusal.errors && refusal.errors[0]
                ? refusal.errors[0].message : (refusal.detail || refusal.title || refusal.status)));
        }
    }

    function disable() {
        Array.prototype.forEach.call(form.querySelectorAll('input, button'), function (el) {
            el.disabled = true;
        });
        byId('confirm').hidden = true;
    }

    function stop() {
        stopped = true;
        Object.keys(pending).forEach(function (id) {
            clearTimeout(pending[id].timer);
        });
        disable();
    }

    function banner(message, linkText, href) {
        byId('banner-text').textContent = message;
        var link = byId('banner-link');
        link.textContent = linkText;
        link.href = href;
        byId('banner-action').hidden = false;
        byId('banner').hidden = false;
    }

    function elsewhere() {
        stop();
        clock.stop();
        banner(text.msgElsewhere, text.msgHere, text.here);
    }

    function signedOut() {
        stop();
        banner(text.msgSignedOut, text.msgSignIn, text.signIn);
    }

    function predictionValue(strict) {
        var error = byId('prediction-error');
        if (!prediction) {
            return {ok: true, value: null};
        }
        var typed = prediction.value.replace(/[\s.,]/g, '');
        var message = null;
        if (typed === '' && prediction.required && strict) {
            message = text.msgPredictionRequired;
        } else if (typed !== '' && !/^\d{1,10}$/.test(typed)) {
            message = text.msgPrediction;
        }
        if (message && strict) {
            error.textContent = message;
            error.hidden = false;
            prediction.setAttribute('aria-invalid', 'true');
            prediction.setAttribute('aria-describedby', 'prediction-hint prediction-error');
            prediction.focus();
            return {ok: false};
        }
        error.hidden = true;
        prediction.removeAttribute('aria-invalid');
        return {ok: true, value: message || typed === '' ? null : Number(typed)};
    }

    function settled() {
        return Promise.all(inFlight.slice()).catch(function () {
            return null;
        });
    }

    function submit(auto) {
        if (submitting) {
            return;
        }
        submitting = true;
        var value = predictionValue(false).value;
        byId('submit-state').textContent = text.msgSubmitting;
        var wait = new Promise(function (resolve) {
            setTimeout(resolve, 3000); // a save stuck on a dead connection must not hold the submission
        });
        Promise.race([settled(), wait]).then(function () {
            return call('POST', api + '/submit', {prediction: value});
        }).then(function (response) {
            if (response.ok) {
                try {
                    localStorage.removeItem(predictionKey);
                } catch (e) {
                    // storage unavailable: nothing to clean
                }
                stopped = true;
                pending = {};
                location.assign(text.result);
                return;
            }
            return problem(response).then(function (refusal) {
                submitting = false;
                if (refusal.code === 'attempt.continuedElsewhere') {
                    elsewhere();
                } else if (refusal.status === 401) {
                    signedOut();
                } else if (refusal.status >= 500 || refusal.status === 429) {
                    submitLater(auto);
                } else {
                    byId('submit-state').textContent = refusal.errors && refusal.errors[0]
                        ? refusal.errors[0].message : (refusal.detail || refusal.title);
                    if (!auto) {
                        enable();
                    }
                }
            });
        }, function () {
            submitting = false;
            network(false);
            submitLater(auto);
        });
    }

    function submitLater(auto) {
        byId('submit-state').textContent = text.msgSubmitFailed;
        setTimeout(function () {
            submit(auto);
        }, backoff(submitRetries++));
    }

    function enable() {
        stopped = false;
        byId('submit').hidden = false;
        Array.prototype.forEach.call(form.querySelectorAll('input, button'), function (el) {
            el.disabled = false;
        });
    }

    function timeUp() {
        if (submitting || (stopped && !byId('banner').hidden)) {
            return;
        }
        stop();
        byId('timer-announce').textContent = text.msgTimeUp;
        submit(true);
    }

    // the countdown, announced to screen readers at a few moments only
    var marks = [900, 600, 300, 120, 60, 30, 10];
    var announced = null;
    var timer = byId('timer');
    function startClock(seconds) {
        return window.CuocThiTimer.start(seconds, function (left) {
            timer.textContent = window.CuocThiTimer.format(left);
            timer.classList.toggle('urgent', left <= 60);
            var due = marks.filter(function (mark) {
                return left <= mark;
            });
            if (announced !== null && due.length > announced) {
                var mark = due[due.length - 1];
                byId('timer-announce').textContent = mark >= 60 ? fill(text.msgMinutes, mark / 60) : fill(text.msgSeconds, mark);
            }
            announced = due.length;
        }, timeUp);
    }

    var clock = startClock(Number(text.secondsLeft));

    // a phone that slept stops the page's clock: ask the server again when the page is seen and once a minute
    function resync() {
        if (stopped || submitting) {
            return;
        }
        fetch(api + '/clock', {credentials: 'same-origin', cache: 'no-store', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (server) {
                if (server && !stopped && Math.abs(server.secondsLeft - clock.left()) > 2) {
                    clock.stop();
                    clock = startClock(server.secondsLeft);
                }
            })
            .catch(function () {
                // offline: the page's own clock goes on; the server's deadline holds either way
            });
    }

    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible') {
            resync();
        }
    });
    setInterval(resync, 60000);

    form.addEventListener('change', function (event) {
        var question = event.target.closest('fieldset.question');
        if (question && !stopped) {
            save(question.getAttribute('data-question'));
            progress();
        }
    });

    if (prediction) {
        try {
            prediction.value = localStorage.getItem(predictionKey) || '';
        } catch (e) {
            // storage unavailable: the prediction is simply typed again after a reload
        }
        prediction.addEventListener('input', function () {
            try {
                localStorage.setItem(predictionKey, prediction.value);
            } catch (e) {
                // as above
            }
        });
    }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (stopped || !predictionValue(true).ok) {
            return;
        }
        var left = progress();
        byId('confirm-text').textContent = left > 0 ? fill(text.msgConfirm, left) : text.msgConfirmAll;
        byId('confirm').hidden = false;
        byId('submit').hidden = true;
        byId('confirm').focus();
    });
    byId('confirm-cancel').addEventListener('click', function () {
        byId('confirm').hidden = true;
        byId('submit').hidden = false;
        var left = firstUnanswered();
        if (left) {
            goTo(left); // "Làm tiếp": straight to what is left
        } else {
            byId('submit').focus();
        }
    });
    byId('first-unanswered').addEventListener('click', function () {
        var left = firstUnanswered();
        if (left) {
            goTo(left);
        }
    });
    squares.addEventListener('click', function (event) {
        var square = event.target.closest('a[data-question]');
        if (square) {
            event.preventDefault();
            goTo(byId('q-' + square.getAttribute('data-question')));
        }
    });
    byId('confirm-submit').addEventListener('click', function () {
        Object.keys(pending).forEach(function (id) {
            if (!pending[id].busy) {
                save(id); // a save waiting to retry goes now
            }
        });
        stop();
        submit(false); // the confirmation's button was the one: no second "Nộp bài" while it goes
    });

    window.addEventListener('offline', function () {
        network(false);
    });
    window.addEventListener('online', function () {
        network(true);
        Object.keys(pending).forEach(function (id) {
            if (!pending[id].busy) {
                save(id);
            }
        });
    });
    window.addEventListener('beforeunload', function (event) {
        if (Object.keys(pending).length > 0) {
            event.preventDefault(); // an answer is not saved yet
        }
    });
    network(true);
    progress();
    questions.forEach(function (question) {
        mark(question.getAttribute('data-question'));
    });
})();
