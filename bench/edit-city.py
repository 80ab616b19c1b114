#!/usr/bin/env python3
"""Edits one municipality's data at a steady rate through the staff pages, as a planning section would: signs in, then
writes a progress text (取組状況) of 三鷹市 again and again (form page for its CSRF and one-time tokens and the version,
then the POST). Usage: edit-city.py BASE_URL PER_SECOND SECONDS [USER]. Prints the edits made and failed."""
import http.cookiejar, re, sys, time, urllib.parse, urllib.request

base, rate, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
user = sys.argv[4] if len(sys.argv) > 4 else "mitaka-kikaku"
jar = http.cookiejar.CookieJar()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def fetch(url, data=None):
    try:
        with opener.open(base + url, None if data is None else urllib.parse.urlencode(data).encode()) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")


def field(html, name):
    m = re.search(r'name="%s" value="([^"]*)"' % name, html)
    return m.group(1) if m else None


_, login = fetch("/login")
fetch("/login", {"username": user, "password": "hoshin-demo-local", "_csrf": field(login, "_csrf")})
form_url = "/staff/m/132047/policy/kihon-keikaku-4/K1-1/progress/2021"
done = failed = 0
start = time.monotonic()
n = 0
while time.monotonic() - start < seconds:
    due = start + n / rate
    now = time.monotonic()
    if due > now:
        time.sleep(due - now)
    n += 1
    status, html = fetch(form_url)
    data = {k: field(html, k) for k in ("_csrf", "_submission", "version")}
    data["body"] = "ベンチマークによる更新 %d" % n
    status, _ = fetch(form_url, {k: v for k, v in data.items() if v is not None})
    if status in (302, 303):
        done += 1
    else:
        failed += 1
elapsed = time.monotonic() - start
print("edits %d failed %d in %.1f s (%.1f/s)" % (done, failed, elapsed, done / elapsed))
