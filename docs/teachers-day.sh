#!/usr/bin/env bash
# A teacher's whole day against the local stack (./run), as curl lines: timetable -> lesson ->
# topic and homework -> attendance -> marks for the whole class -> a correction; then what the
# deputy head and a mother see. Needs curl and jq.
#   docs/teachers-day.sh http://localhost:<gateway-port> http://localhost:<keycloak-port>
set -euo pipefail
GW=${1:?gateway URL, e.g. http://localhost:40015}
KC=${2:?Keycloak URL, e.g. http://localhost:33639}
token() { curl -sf -d grant_type=password -d client_id=ejd-cli -d username="$1" -d password=Demo-pass-12 \
  "$KC/realms/ejd/protocol/openid-connect/token" | jq -r .access_token; }
api() { local who=$1; shift; curl -sS -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }
TODAY=$(TZ=Europe/Moscow date +%F)

TEACHER=$(token teacher)
echo "== 1. My classes and subjects today"
api "$TEACHER" "$GW/api/journal/me/assignments" | jq -c '.[] | {classGroupName, subjectName}'
ASSIGNMENT=$(api "$TEACHER" "$GW/api/journal/me/assignments" | jq -c '.[] | select(.subjectName == "Математика")')
CLASS=$(jq -r .classGroupId <<<"$ASSIGNMENT"); SUBJECT=$(jq -r .subjectId <<<"$ASSIGNMENT")

echo "== 2. The class's timetable this week"
api "$TEACHER" "$GW/api/journal/class-groups/$CLASS/timetable?date=$TODAY" | jq -c '.[] | {weekday, periodNo, room}' | head -5

echo "== 3. Today's extra lesson: topic, type and homework (J4)"
LESSON=$(api "$TEACHER" "$GW/api/journal/lessons" -d "{\"classGroupId\":\"$CLASS\",\"subjectId\":\"$SUBJECT\",\"date\":\"$TODAY\",
  \"periodNo\":7,\"type\":\"regular\",\"topic\":\"Сравнение дробей\",\"homework\":\"№ 312, 315\"}")
jq -c '{id, topic, homework, topicOnTime}' <<<"$LESSON"
LESSON_ID=$(jq -r .id <<<"$LESSON")

echo "== 4. Who is here (J5)"
STUDENTS=$(api "$TEACHER" "$GW/api/journal/class-groups/$CLASS/students")
FIRST=$(jq -r '.[0].studentId' <<<"$STUDENTS"); SECOND=$(jq -r '.[1].studentId' <<<"$STUDENTS")
api "$TEACHER" -X PUT "$GW/api/journal/lessons/$LESSON_ID/attendance" -d "{\"entries\":[
  {\"studentId\":\"$FIRST\",\"status\":\"present\"},{\"studentId\":\"$SECOND\",\"status\":\"late\",\"minutesLate\":10}]}" | jq -c '.[] | {status, onTime}'

echo "== 5. The whole class's marks for the lesson's work, in one request, safe to retry"
MARKS=$(api "$TEACHER" -H "Idempotency-Key: $LESSON_ID-marks" "$GW/api/journal/marks/batch" -d "{\"classGroupId\":\"$CLASS\",
  \"subjectId\":\"$SUBJECT\",\"workType\":\"written\",\"workDate\":\"$TODAY\",\"marks\":[
  {\"studentId\":\"$FIRST\",\"value\":\"4\"},{\"studentId\":\"$SECOND\",\"value\":\"3\",\"comment\":\"Ошибки в вычислениях\"}]}")
jq -c '.[] | {value, weight, onTime}' <<<"$MARKS"
MARK=$(jq -r '.[1].id' <<<"$MARKS")

echo "== 6. A correction needs the version seen (If-Match) and a reason; the history keeps both (J11)"
api "$TEACHER" -X PATCH -H 'If-Match: "1"' "$GW/api/journal/marks/$MARK" -d '{"value":"4","reason":"Перепроверила работу"}' | jq -c '{value, version}'
api "$TEACHER" "$GW/api/journal/marks/$MARK/history" | jq -c '.[] | {oldValue, newValue, reason}'

echo "== 7. A bad mark is a clear problem, nothing is written"
api "$TEACHER" "$GW/api/journal/marks" -d "{\"studentId\":\"$FIRST\",\"classGroupId\":\"$CLASS\",\"subjectId\":\"$SUBJECT\",
  \"value\":\"6\",\"workType\":\"oral\",\"workDate\":\"$TODAY\"}" | jq -c '{status, detail}'

ADMIN=$(token admin)
SCHOOL=$(api "$(token ivanova)" "$GW/api/diary/me/students" | jq -r '.[0].schoolId')
echo "== 8. The deputy head's view of journal upkeep (J9), as a spreadsheet"
api "$ADMIN" -H 'Accept: text/csv' "$GW/api/journal/schools/$SCHOOL/compliance?from=$(TZ=Europe/Moscow date -d '-30 days' +%F)&to=$TODAY" | head -4

echo "== 9. What the mother sees (the diary is fed by events: give it a second)"
sleep 2
MOTHER=$(token ivanova)
SON=$(api "$MOTHER" "$GW/api/diary/me/students" | jq -r '.[0].id')
api "$MOTHER" "$GW/api/diary/students/$SON/lessons?from=$TODAY&to=$TODAY" | jq -c '.[] | select(.periodNo == 7) | {subjectName, topic, homework}'
api "$MOTHER" "$GW/api/diary/students/$SON/marks?from=$TODAY&to=$TODAY" | jq -c '.[] | {subjectName, value, comment}'
api "$MOTHER" "$GW/api/diary/students/$SON/averages" | jq -c '.[] | {subjectName, average}'
