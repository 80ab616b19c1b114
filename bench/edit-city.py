#!/usr/bin/env python3
"""Edits one municipality's data at a steady rate through the staff pages, as a planning section would: signs in, then
writes a progress text (取組状況) of 三鷹市 again and again (form page for its CSRF and one-time tokens and the version,
then the POST; five writers on different texts). Usage: edit-city.py BASE_URL PER_SECOND SECONDS [USER]. Prints the edits made and failed,
and the rate they were made at. With EDIT_WHILE=FILE it edits only while FILE exists (see below)."""
import http.client, os, re, sys, threading, time, urllib.parse

base, rate, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
user = sys.argv[4] if len(sys.argv) > 4 else "mitaka-admin"
address = urllib.parse.urlsplit(base)


class Session:
    """A signed-in staff session of its own, on one kept-alive connection as a browser would use (redirects are not
    followed: the editor reads the status)."""

    def __init__(self):
        self.cookies = {}
        self.connection = None
        _, login = self.fetch("/login")
        self.fetch("/login", {"username": user, "password": "hoshin-demo-local", "_csrf": field(login, "_csrf")})

    def fetch(self, url, data=None):
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(address.hostname, address.port or 80, timeout=30)
            headers = {"Cookie": "; ".join("%s=%s" % c for c in self.cookies.items())} if self.cookies else {}
            body = None
            if data is not None:
                body = urllib.parse.urlencode(data)
                headers["Content-Type"] = "application/x-www-form-urlencoded"
            try:
                self.connection.request("GET" if data is None else "POST", url, body, headers)
                r = self.connection.getresponse()
                text = r.read().decode(errors="replace")
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = None
                if attempt == 2:
                    raise
                continue
            for header in r.msg.get_all("Set-Cookie") or []:
                name, _, value = header.split(";", 1)[0].partition("=")
                self.cookies[name.strip()] = value.strip()
            if r.getheader("Connection", "").lower() == "close":
                self.connection.close()
                self.connection = None
            return r.status, text


def session():
    return Session()


def field(html, name):
    m = re.search(r'name="%s" value="([^"]*)"' % name, html)
    return m.group(1) if m else None


# several writers, each on its own progress text (one text edited by two at once would be refused as a stale edit)
ELEMENTS = ["K1-1", "K1-2", "K1-3", "K2-1", "K2-2", "K2-3", "K3-1", "K3-2"]
writers = min(len(ELEMENTS), max(1, int(rate // 2)))
results = {"done": 0, "failed": 0, "editing": 0.0}
lock = threading.Lock()
sessions = [session() for _ in range(writers)]
# signed in: what runs from here on is the editing alone (cache-per-city.sh starts its readers on this line)
print("signed in", file=sys.stderr, flush=True)
start = time.monotonic()
# EDIT_WHILE=FILE: edit only while FILE exists (at the rate, counted from when it appeared), stop once FILE.stop does
# (or after SECONDS): cache-per-city.sh alternates windows with and without edits this way
flag = os.environ.get("EDIT_WHILE")
phase = {"id": 0 if flag is None else -1, "start": start}
done = threading.Event()
changed = threading.Condition()


def watch():
    """Follows the flag file: a new phase (id, start) each time it appears; id -1 while it is absent. The writers
    wait on `changed` meanwhile (polling the file from every writer took a few per cent of a core)."""
    since = None
    while not done.is_set():
        now = time.monotonic()
        if os.path.exists(flag + ".stop") or now - start >= seconds:
            break
        present = os.path.exists(flag)
        if present and phase["id"] < 0:
            since = now
            phase.update(id=abs(phase["id"]) + 1, start=now)
            with changed:
                changed.notify_all()
        elif not present and phase["id"] > 0:
            with lock:
                results["editing"] += now - since
            phase.update(id=-phase["id"])
        time.sleep(0.01)
    if phase["id"] > 0:
        with lock:
            results["editing"] += time.monotonic() - since
    done.set()
    with changed:
        changed.notify_all()


def writer(w):
    editor = sessions[w]
    form_url = "/staff/m/132047/policy/kihon-keikaku-4/%s/progress/2021" % ELEMENTS[w]
    written = 0
    current, n = None, 0
    while not done.is_set():
        if phase["id"] < 0:
            with changed:
                changed.wait_for(lambda: phase["id"] > 0 or done.is_set(), timeout=1)
            continue
        if phase["id"] != current:
            current, n = phase["id"], 0
        due = phase["start"] + (n * writers + w) / rate
        if flag is None and due - start >= seconds:
            return
        now = time.monotonic()
        if due > now:
            time.sleep(due - now)
            if phase["id"] != current or done.is_set():
                continue
        n += 1
        written += 1
        _, html = editor.fetch(form_url)
        data = {k: field(html, k) for k in ("_csrf", "_submission", "version")}
        data["body"] = "ベンチマークによる更新 %d" % written
        status, _ = editor.fetch(form_url, {k: v for k, v in data.items() if v is not None})
        with lock:
            results["done" if status in (302, 303) else "failed"] += 1
            if status not in (302, 303):
                results.setdefault("statuses", []).append(status)


threads = [threading.Thread(target=writer, args=(w,)) for w in range(writers)]
if flag is not None:
    threads.append(threading.Thread(target=watch))
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = results["editing"] if flag is not None else time.monotonic() - start
print("edits %d failed %d in %.1f s (%.1f/s) %s" % (results["done"], results["failed"], elapsed, results["done"] / max(elapsed, 0.001), sorted(set(results.get("statuses", [])))))
