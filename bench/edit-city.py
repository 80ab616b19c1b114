#!/usr/bin/env python3
"""Edits one municipality's data at a steady rate through the staff pages, as a planning section would: signs in, then
writes a progress text (取組状況) of 三鷹市 again and again (form page for its CSRF and one-time tokens and the version,
then the POST; five writers on different texts). Usage: edit-city.py BASE_URL PER_SECOND SECONDS [USER]. Prints the edits made and failed."""
import http.cookiejar, re, sys, threading, time, urllib.parse, urllib.request

base, rate, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
user = sys.argv[4] if len(sys.argv) > 4 else "mitaka-admin"
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def session():
    """A signed-in staff session of its own."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())
    _, login = fetch(opener, "/login")
    fetch(opener, "/login", {"username": user, "password": "hoshin-demo-local", "_csrf": field(login, "_csrf")})
    return opener


def fetch(opener, url, data=None):
    try:
        with opener.open(base + url, None if data is None else urllib.parse.urlencode(data).encode()) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")


def field(html, name):
    m = re.search(r'name="%s" value="([^"]*)"' % name, html)
    return m.group(1) if m else None


# several writers, each on its own progress text (one text edited by two at once would be refused as a stale edit)
ELEMENTS = ["K1-1", "K1-2", "K1-3", "K2-1", "K2-2", "K2-3", "K3-1", "K3-2"]
writers = min(len(ELEMENTS), max(1, int(rate // 2)))
results = {"done": 0, "failed": 0}
lock = threading.Lock()
sessions = [session() for _ in range(writers)]
# signed in: what runs from here on is the editing alone (cache-per-city.sh starts its readers on this line)
print("signed in", file=sys.stderr, flush=True)
start = time.monotonic()


def writer(w):
    opener = sessions[w]
    form_url = "/staff/m/132047/policy/kihon-keikaku-4/%s/progress/2021" % ELEMENTS[w]
    n = 0
    while True:
        due = start + (n * writers + w) / rate
        if due - start >= seconds:
            return
        now = time.monotonic()
        if due > now:
            time.sleep(due - now)
        n += 1
        _, html = fetch(opener, form_url)
        data = {k: field(html, k) for k in ("_csrf", "_submission", "version")}
        data["body"] = "ベンチマークによる更新 %d" % n
        status, _ = fetch(opener, form_url, {k: v for k, v in data.items() if v is not None})
        with lock:
            results["done" if status in (302, 303) else "failed"] += 1
            if status not in (302, 303):
                results.setdefault("statuses", []).append(status)


threads = [threading.Thread(target=writer, args=(w,)) for w in range(writers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print("edits %d failed %d in %.1f s (%.1f/s) %s" % (results["done"], results["failed"], elapsed, results["done"] / elapsed, sorted(set(results.get("statuses", [])))))
