#!/usr/bin/env bash
# The demo regional portal's link assertion (ADR 0043), signed with the demo key committed for the local demo only:
#   devstack/portal-assertion.sh PORTAL_USER_ID SNILS   -> a compact JWS valid for 2 minutes, good for one link
# A real portal signs the same claims with its own key; eJD knows only the public half its region operator uploaded.
set -euo pipefail
user=${1:?usage: portal-assertion.sh PORTAL_USER_ID SNILS}
snils=$(printf %s "${2:?usage: portal-assertion.sh PORTAL_USER_ID SNILS}" | tr -cd 0-9)
key=$(dirname "$0")/src/main/resources/demo-portal-key.pem
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
jti=$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)
hash=$(printf %s "$snils" | openssl dgst -sha256 -r | cut -d' ' -f1)
header='{"alg":"RS256","typ":"JWT","kid":"ejd-demo-portal-1"}'
payload=$(printf '{"iss":"ejd-portal","aud":"ejd","sub":"%s","iat":%d,"exp":%d,"jti":"%s","snils_sha256":"%s"}' \
  "$user" "$now" $((now + 120)) "$jti" "$hash")
input="$(printf %s "$header" | b64).$(printf %s "$payload" | b64)"
printf '%s.%s\n' "$input" "$(printf %s "$input" | openssl dgst -sha256 -sign "$key" | b64)"
