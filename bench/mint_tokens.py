#!/usr/bin/env python3
"""Fetches COUNT fresh GitHub-shaped OIDC tokens from a running `larder dev-issuer`, one per line.

  mint_tokens.py ISSUER_URL SECRET AUDIENCE COUNT OUT
"""
import concurrent.futures
import json
import sys
import urllib.request

url, secret, audience, count, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]


def one(_):
    req = urllib.request.Request(f"{url}/token?api-version=2.0&audience={audience}&claim.environment=release",
                                 headers={"Authorization": f"bearer {secret}"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)["value"]


with concurrent.futures.ThreadPoolExecutor(8) as pool, open(out, "w") as f:
    for token in pool.map(one, range(count)):
        f.write(token + "\n")
print(f"minted {count} tokens")
