/**
 * The pre-review pack the portal asks for, as one hand-written SQL statement building the same JSON as the API's
 * `data.preReviewPack`. Run as the API's role with the reader's claims set, so the same row-level security decides
 * what it may see. `review` is SQL for the review's id: a parameter, or a quoted literal.
 */
const VIEWS_ANSWERS = [
  ["usedShorterVersion", "used_shorter_version"],
  ["goingWell", "going_well"],
  ["worryingMe", "worrying_me"],
  ["wouldLikeToChange", "would_like_to_change"],
  ["talkAboutAtReview", "talk_about_at_review"],
  ["feelingAboutHome", "feeling_about_home"],
  ["feelingAboutSchool", "feeling_about_school"],
  ["feelingAboutHealth", "feeling_about_health"],
  ["feelingAboutFamilyTime", "feeling_about_family_time"],
  ["feelingAboutFriendsAndActivities", "feeling_about_friends_and_activities"],
  ["anythingElse", "anything_else"],
] as const;

const CONTRIBUTION_ANSWERS = [
  "howThingsAreGoing",
  "whatIsGoingWell",
  "whatWorriesYou",
  "whatToTalkAbout",
  "familyTime",
  "yourInvolvement",
  "dailyLife",
  "supportForYou",
  "carePlanProgress",
  "changesSinceLastReview",
  "howYouKnowThem",
  "anythingElse",
] as const;

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const viewsAnswers = (alias: string) => VIEWS_ANSWERS.map(([field, column]) => `'${field}', ${alias}.${column}`).join(", ");
const people = (ids: string) =>
  `(SELECT json_agg(json_build_object('id', p.id, 'firstName', p.first_name) ORDER BY i.n) FROM unnest(${ids}) WITH ORDINALITY i(id, n) JOIN person p ON p.id = i.id)`;

export function packSql(review: string): string {
  return `
WITH r AS (SELECT * FROM review WHERE id = ${review}::uuid),
versions AS (
  SELECT v.*, row_number() OVER (ORDER BY v.number DESC) AS newest
    FROM views_version v JOIN r ON v.review_id = r.id
),
sent AS (SELECT c.* FROM review_choice_set c JOIN r ON c.review_id = r.id WHERE c.version = 'SENT'),
private_sent AS (SELECT c.* FROM review_choice_private c JOIN r ON c.review_id = r.id WHERE c.version = 'SENT')
SELECT json_build_object(
  'readUpTo', (SELECT ${iso("max(read_up_to)")} FROM pack_reading pr JOIN r ON pr.review_id = r.id
                WHERE pr.account_id = nullif(current_setting('my_review.account_id', true), '')::uuid),
  'shownAt', ${iso("now()")},
  'fullName', yp.first_name || ' ' || yp.last_name,
  'dateOfBirth', y.date_of_birth::text,
  'iroName', (SELECT ip.first_name || ' ' || ip.last_name FROM iro_allocation a JOIN person ip ON ip.id = a.iro_person_id
               WHERE a.young_person_id = y.id AND a.ends_at IS NULL),
  'viewsBefore', (SELECT json_build_object('number', v.number, ${viewsAnswers("v")}) FROM versions v WHERE v.newest = 2),
  'youngPerson', json_build_object(
    'firstName', yp.first_name,
    'communicationNeeds', (SELECT json_build_object('interpreterLanguage', n.interpreter_language, 'alternativeCommunication', n.alternative_communication,
                                                    'otherNeeds', n.other_needs, 'updatedAt', ${iso("n.updated_at")})
                             FROM communication_needs n WHERE n.young_person_id = y.id),
    'supportRequests', (SELECT coalesce(json_agg(json_build_object('id', s.id, 'kind', s.kind, 'status', s.status, 'askedAt', ${iso("s.asked_at")},
                                                                   'askedOnBehalf', s.asked_on_behalf, 'statusChangedAt', ${iso("s.status_changed_at")},
                                                                   'allocatedAt', ${iso("s.allocated_at")}, 'closedAt', ${iso("s.closed_at")},
                                                                   'closedReason', s.closed_reason) ORDER BY s.asked_at DESC, s.id DESC), '[]')
                          FROM (SELECT * FROM support_request WHERE young_person_id = y.id ORDER BY asked_at DESC, id DESC LIMIT 10) s),
    'participationHistory', (SELECT coalesce(json_agg(json_build_object('reviewId', h.review_id, 'scheduledFor', ${iso("h.scheduled_for")}, 'code', h.participation)
                                                      ORDER BY h.scheduled_for DESC), '[]')
                               FROM (SELECT c.review_id, hr.scheduled_for, c.participation FROM review_conduct c JOIN review hr ON hr.id = c.review_id
                                      WHERE c.young_person_id = y.id ORDER BY hr.scheduled_for DESC LIMIT 6) h)),
  'review', json_build_object(
    'id', r.id, 'scheduledFor', ${iso("r.scheduled_for")}, 'format', r.format, 'venue', r.venue,
    'recommendationsFromLastReview', (
      SELECT coalesce(json_agg(json_build_object('id', rec.id, 'number', rec.number, 'action', rec.action,
                                                 'responsible', coalesce(rp.first_name || ' ' || rp.last_name, rec.responsible_role, ''),
                                                 'dueOn', rec.due_on::text, 'status', rec.status, 'statusNote', rec.status_note) ORDER BY rec.number), '[]')
        FROM recommendation rec LEFT JOIN person rp ON rp.id = rec.responsible_person_id
       WHERE rec.review_id = (SELECT held.id FROM review held WHERE held.young_person_id = r.young_person_id AND held.status = 'HELD'
                                 AND held.scheduled_for < r.scheduled_for ORDER BY held.scheduled_for DESC LIMIT 1)),
    'choices', json_build_object(
      'sent', (SELECT json_build_object('place', s.place, 'placeDetails', s.place_details, 'meetingShape', s.meeting_shape, 'attendance', s.attendance,
                                        'preferredTimes', s.preferred_times, 'timesThatDoNotWork', s.times_that_do_not_work,
                                        'invitedPeople', CASE WHEN s.invited_person_ids IS NULL THEN NULL ELSE coalesce(${people("s.invited_person_ids")}, '[]') END,
                                        'othersInvited', s.others_invited,
                                        'notWantedPeople', (SELECT CASE WHEN ps.not_wanted_person_ids IS NULL THEN NULL ELSE coalesce(${people("ps.not_wanted_person_ids")}, '[]') END FROM private_sent ps),
                                        'notWantedOthers', (SELECT ps.not_wanted_others FROM private_sent ps),
                                        'meetIroFirst', s.meet_iro_first, 'chairing', s.chairing, 'updatedAt', ${iso("s.updated_at")})
                 FROM sent s),
      'answers', (SELECT coalesce(json_agg(json_build_object('topic', ca.topic, 'accepted', ca.accepted, 'reason', ca.reason, 'answeredAt', ${iso("ca.answered_at")})
                                           ORDER BY ca.topic), '[]')
                    FROM choice_answer ca WHERE ca.review_id = r.id)),
    'views', json_build_object(
      'latest', (SELECT json_build_object('number', v.number, 'audience', v.audience, 'submittedAt', ${iso("v.submitted_at")}, ${viewsAnswers("v")})
                   FROM versions v WHERE v.newest = 1)),
    'contributions', (SELECT coalesce(json_agg(c.contribution ORDER BY c.submitted_at, c.id), '[]') FROM (
      SELECT co.id, co.submitted_at, json_build_object(
               'id', co.id, 'relationship', l.relationship, 'submittedAt', ${iso("co.submitted_at")},
               'person', (SELECT json_build_object('firstName', cp.first_name) FROM person cp WHERE cp.id = l.person_id),
               'answers', json_build_object(${CONTRIBUTION_ANSWERS.map((id) => `'${id}', co.submitted_answers->>'${id}'`).join(", ")})) AS contribution
        FROM contribution co JOIN contribution_link l ON l.id = co.link_id JOIN r ON l.review_id = r.id
       WHERE co.submitted_at IS NOT NULL
       ORDER BY co.submitted_at, co.id LIMIT 20) c)
  )
) AS pack
FROM r JOIN young_person y ON y.id = r.young_person_id JOIN person yp ON yp.id = y.id`;
}
