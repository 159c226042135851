// Sends the list in the background so the page can say it is waiting, then offers the evaluated list to download.
// Without this script the form posts as usual and the browser downloads the answer itself.
(function () {
    const form = document.getElementById('batch-form');
    if (!form || !window.fetch) {
        return;
    }
    const status = document.getElementById('batch-status');
    const progress = document.getElementById('batch-progress');
    const message = document.getElementById('batch-message');
    const download = document.getElementById('batch-download');
    const button = document.getElementById('batch-submit');
    let sending = false;

    form.addEventListener('submit', async function (event) {
        if (sending) {
            return; // the fallback: a plain post, whose answer (the page with the reason) the browser shows
        }
        event.preventDefault();
        status.hidden = false;
        progress.hidden = false;
        download.hidden = true;
        button.disabled = true;
        message.textContent = form.dataset.waiting;
        try {
            const answer = await fetch(form.action, {method: 'POST', body: new FormData(form), credentials: 'same-origin'});
            if (!answer.ok) {
                sending = true;
                form.submit();
                return;
            }
            const name = /filename\*=UTF-8''([^;]+)|filename="([^"]+)"/.exec(answer.headers.get('Content-Disposition') || '');
            download.href = URL.createObjectURL(await answer.blob());
            download.download = name ? decodeURIComponent(name[1] || name[2]) : 'clients-evaluated';
            download.hidden = false;
            message.textContent = form.dataset.done.replace('{0}', answer.headers.get('X-Batch-Rows'))
                .replace('{1}', answer.headers.get('X-Batch-Errors'));
        } catch (e) {
            message.textContent = form.dataset.failed;
        } finally {
            progress.hidden = true;
            button.disabled = false;
        }
    });
})();
