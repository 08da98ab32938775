"""The index side of a trusted-publishing client, with nothing but the standard library.

What a publishing client does around the `id` library, in the order it does it:
  oidc_exchange.py audience UPLOAD_URL   prints the audience the index announces
  oidc_exchange.py mint UPLOAD_URL       exchanges the OIDC token in $OIDC_TOKEN for an upload
                                         token and prints it; on refusal prints the index's
                                         reasons as "* `code`: description" and exits 1
Both endpoints are at https://NETLOC/_/oidc/..., NETLOC taken from the upload URL, as every
client builds them. TLS trust comes from SSL_CERT_FILE (OpenSSL's default verify paths).
"""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request


def endpoint(upload_url, name):
    netloc = urllib.parse.urlparse(upload_url).netloc
    return f"https://{netloc}/_/oidc/{name}"


def audience(upload_url):
    with urllib.request.urlopen(endpoint(upload_url, "audience"), timeout=10) as reply:
        print(json.load(reply)["audience"])


def mint(upload_url):
    body = json.dumps({"token": os.environ["OIDC_TOKEN"]}).encode()
    request = urllib.request.Request(endpoint(upload_url, "mint-token"), data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            print(json.load(reply)["token"])
    except urllib.error.HTTPError as refused:
        payload = json.load(refused)
        print(f"Token request failed with {refused.code}: {payload['message']}", file=sys.stderr)
        for error in payload["errors"]:
            print(f"* `{error['code']}`: {error['description']}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    {"audience": audience, "mint": mint}[sys.argv[1]](sys.argv[2])
