-- The database's row-level security after every migration, read from the catalog. Do not edit by hand:
-- `npm run security:snapshot` writes it, and `npm test` fails when it differs from what the migrations make.
-- CURRENT_USER stands for the login user that ran the migrations (it owns the tables); PUBLIC is everyone.
-- Grants are those to the app's roles and to PUBLIC. docs/security.md and ADRs 007 and 008 say why.

-- Roles

CREATE ROLE my_review_api NOSUPERUSER NOINHERIT NOLOGIN NOBYPASSRLS;
CREATE ROLE my_review_policy NOSUPERUSER INHERIT NOLOGIN BYPASSRLS;
GRANT my_review_api TO CURRENT_USER;

-- Schemas

GRANT USAGE ON SCHEMA public TO PUBLIC;
GRANT USAGE ON SCHEMA public TO my_review_api;
GRANT USAGE ON SCHEMA public TO my_review_policy;

-- Tables: row-level security, grants, policies and triggers

-- account (table)
ALTER TABLE account DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE account TO my_review_api;
GRANT SELECT ON TABLE account TO my_review_policy;

-- audit_event (table)
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE audit_event TO my_review_api;
CREATE POLICY audit_event_read_by_manager ON audit_event AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) = 'IRO_MANAGER'::text AND local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)));
CREATE POLICY audit_event_written_by_caller ON audit_event AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (actor_account_id = (( SELECT app_claim('account_id'::text)::uuid AS app_claim)) AND local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)));
CREATE POLICY audit_event_written_by_link_holder ON audit_event AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (actor_contribution_link_id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM contribution_link holder
  WHERE holder.id = audit_event.actor_contribution_link_id AND holder.young_person_id = audit_event.young_person_id AND holder.local_authority_id = audit_event.local_authority_id)));

-- bank_holiday (table)
ALTER TABLE bank_holiday DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;

-- care_period (table)
ALTER TABLE care_period ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE care_period TO my_review_api;
GRANT SELECT ON TABLE care_period TO my_review_policy;
CREATE POLICY care_period_add ON care_period AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = care_period.young_person_id)));
CREATE POLICY care_period_change ON care_period AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = care_period.young_person_id)));
CREATE POLICY care_period_read ON care_period AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = care_period.young_person_id)));
CREATE TRIGGER care_period_keeps_review_due_on AFTER INSERT OR DELETE OR UPDATE OF young_person_id, starts_on, ends_on ON care_period FOR EACH ROW EXECUTE FUNCTION app_keep_review_due_on_true();

-- choice_answer (table)
ALTER TABLE choice_answer ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE choice_answer TO my_review_api;
CREATE POLICY choice_answer_add ON choice_answer AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK ((( SELECT app_claim('role'::text) AS app_claim)) = 'IRO'::text AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = choice_answer.young_person_id)));
CREATE POLICY choice_answer_change ON choice_answer AS PERMISSIVE FOR UPDATE TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) = 'IRO'::text AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = choice_answer.young_person_id)));
CREATE POLICY choice_answer_read ON choice_answer AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) <> 'ADMINISTRATOR'::text AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = choice_answer.young_person_id)));

-- communication_needs (table)
ALTER TABLE communication_needs ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE communication_needs TO my_review_api;
CREATE POLICY communication_needs_add ON communication_needs AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = communication_needs.young_person_id)));
CREATE POLICY communication_needs_change ON communication_needs AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = communication_needs.young_person_id)));
CREATE POLICY communication_needs_read ON communication_needs AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) <> 'ADMINISTRATOR'::text AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = communication_needs.young_person_id)));

-- contribution (table)
ALTER TABLE contribution ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE contribution TO my_review_api;
GRANT SELECT ON TABLE contribution TO my_review_policy;
CREATE POLICY contribution_add ON contribution AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (link_id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)) AND ( SELECT app_claimed_contribution_link_is_open() AS app_claimed_contribution_link_is_open));
CREATE POLICY contribution_change ON contribution AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (link_id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)) AND ( SELECT app_claimed_contribution_link_is_open() AS app_claimed_contribution_link_is_open));
CREATE POLICY contribution_read ON contribution AS PERMISSIVE FOR SELECT TO my_review_api
  USING (link_id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)) OR submitted_at IS NOT NULL AND (EXISTS ( SELECT 1
   FROM contribution_link sent_through
  WHERE sent_through.id = contribution.link_id AND ((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
           FROM young_person seen
          WHERE seen.id = sent_through.young_person_id)))));

-- contribution_link (table)
ALTER TABLE contribution_link ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE contribution_link TO my_review_api;
GRANT SELECT ON TABLE contribution_link TO my_review_policy;
GRANT UPDATE (revoked_at, used_at) ON contribution_link TO my_review_api;
CREATE POLICY contribution_link_add ON contribution_link AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = contribution_link.young_person_id)) AND created_by_account_id = (( SELECT app_claim('account_id'::text)::uuid AS app_claim)));
CREATE POLICY contribution_link_change ON contribution_link AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = contribution_link.young_person_id)));
CREATE POLICY contribution_link_read ON contribution_link AS PERMISSIVE FOR SELECT TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = contribution_link.young_person_id)) OR id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)));
CREATE POLICY contribution_link_spend ON contribution_link AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)) AND ( SELECT app_claimed_contribution_link_is_open() AS app_claimed_contribution_link_is_open))
  WITH CHECK (id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)) AND used_at IS NOT NULL);

-- failed_attempt (table)
ALTER TABLE failed_attempt DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, DELETE ON TABLE failed_attempt TO my_review_api;

-- feedback (table)
ALTER TABLE feedback ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE feedback TO my_review_api;
CREATE POLICY feedback_add ON feedback AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK ((EXISTS ( SELECT 1
   FROM review_attendee asked
  WHERE asked.id = feedback.attendee_id AND asked.feedback_asked AND (asked.link_id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)) AND ( SELECT app_claimed_contribution_link_is_open() AS app_claimed_contribution_link_is_open) OR (( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND asked.respondent = 'YOUNG_PERSON'::feedback_respondent AND asked.person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
           FROM review held
          WHERE held.id = asked.review_id AND held.status = 'HELD'::review_status AND held.scheduled_for > (now() - '28 days'::interval)))))));
CREATE POLICY feedback_change ON feedback AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (submitted_at IS NULL AND (EXISTS ( SELECT 1
   FROM review_attendee asked
  WHERE asked.id = feedback.attendee_id AND asked.feedback_asked AND (asked.link_id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)) AND ( SELECT app_claimed_contribution_link_is_open() AS app_claimed_contribution_link_is_open) OR (( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND asked.respondent = 'YOUNG_PERSON'::feedback_respondent AND asked.person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
           FROM review held
          WHERE held.id = asked.review_id AND held.status = 'HELD'::review_status AND held.scheduled_for > (now() - '28 days'::interval)))))))
  WITH CHECK ((EXISTS ( SELECT 1
   FROM review_attendee asked
  WHERE asked.id = feedback.attendee_id AND asked.feedback_asked AND (asked.link_id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)) AND ( SELECT app_claimed_contribution_link_is_open() AS app_claimed_contribution_link_is_open) OR (( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND asked.respondent = 'YOUNG_PERSON'::feedback_respondent AND asked.person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
           FROM review held
          WHERE held.id = asked.review_id AND held.status = 'HELD'::review_status AND held.scheduled_for > (now() - '28 days'::interval)))))));
CREATE POLICY feedback_read ON feedback AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((EXISTS ( SELECT 1
   FROM review_attendee asked
  WHERE asked.id = feedback.attendee_id AND (asked.link_id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)) OR (( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text OR feedback.submitted_at IS NOT NULL AND ((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text]))))));

-- invitation (table)
ALTER TABLE invitation DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE invitation TO my_review_api;

-- iro_allocation (table)
ALTER TABLE iro_allocation ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE iro_allocation TO my_review_api;
GRANT SELECT ON TABLE iro_allocation TO my_review_policy;
CREATE POLICY iro_allocation_add ON iro_allocation AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = iro_allocation.young_person_id)));
CREATE POLICY iro_allocation_change ON iro_allocation AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = iro_allocation.young_person_id)));
CREATE POLICY iro_allocation_read ON iro_allocation AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = iro_allocation.young_person_id)));

-- local_authority (table)
ALTER TABLE local_authority DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE local_authority TO my_review_api;

-- midway_progress (table)
ALTER TABLE midway_progress ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE midway_progress TO my_review_api;
GRANT SELECT ON TABLE midway_progress TO my_review_policy;
CREATE POLICY midway_progress_add ON midway_progress AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = midway_progress.young_person_id)));
CREATE POLICY midway_progress_read ON midway_progress AS PERMISSIVE FOR SELECT TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['SOCIAL_WORKER'::text, 'IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = midway_progress.young_person_id)));

-- midway_review (table)
ALTER TABLE midway_review ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE midway_review TO my_review_api;
GRANT SELECT ON TABLE midway_review TO my_review_policy;
CREATE POLICY midway_review_add ON midway_review AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = midway_review.young_person_id)));
CREATE POLICY midway_review_read ON midway_review AS PERMISSIVE FOR SELECT TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['SOCIAL_WORKER'::text, 'IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = midway_review.young_person_id)));

-- network_link (table)
ALTER TABLE network_link ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE network_link TO my_review_api;
GRANT SELECT ON TABLE network_link TO my_review_policy;
CREATE POLICY network_link_add ON network_link AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = network_link.young_person_id)));
CREATE POLICY network_link_change ON network_link AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = network_link.young_person_id)));
CREATE POLICY network_link_read ON network_link AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = network_link.young_person_id)));

-- pack_reading (table)
ALTER TABLE pack_reading ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE pack_reading TO my_review_api;
CREATE POLICY pack_reading_add ON pack_reading AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (account_id = (( SELECT app_claim('account_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = pack_reading.young_person_id)));
CREATE POLICY pack_reading_read ON pack_reading AS PERMISSIVE FOR SELECT TO my_review_api
  USING (account_id = (( SELECT app_claim('account_id'::text)::uuid AS app_claim)));

-- person (table)
ALTER TABLE person ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE person TO my_review_api;
GRANT SELECT ON TABLE person TO my_review_policy;
CREATE POLICY person_add ON person AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)) AND ((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])));
CREATE POLICY person_change ON person AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)) AND ((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])));
CREATE POLICY person_read ON person AS PERMISSIVE FOR SELECT TO my_review_api
  USING (local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)) AND (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])) OR id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) OR (id IN ( SELECT app_my_young_people() AS app_my_young_people)) OR (EXISTS ( SELECT 1
   FROM account staff
  WHERE staff.person_id = person.id AND (staff.role::text = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text, 'SOCIAL_WORKER'::text, 'SUPERVISING_SOCIAL_WORKER'::text, 'ADVOCACY_COORDINATOR'::text, 'ADMINISTRATOR'::text])))) OR (EXISTS ( SELECT 1
   FROM network_link known
  WHERE known.person_id = person.id)) AND NOT app_is_young_person(id)));
CREATE POLICY person_read_by_coordinator ON person AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) = 'ADVOCACY_COORDINATOR'::text AND local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM support_request asked
  WHERE asked.young_person_id = person.id)));

-- recommendation (table)
ALTER TABLE recommendation ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE recommendation TO my_review_api;
GRANT SELECT ON TABLE recommendation TO my_review_policy;
CREATE POLICY recommendation_add ON recommendation AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = recommendation.young_person_id)));
CREATE POLICY recommendation_change ON recommendation AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = recommendation.young_person_id)))
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = recommendation.young_person_id)));
CREATE POLICY recommendation_read ON recommendation AS PERMISSIVE FOR SELECT TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['YOUNG_PERSON'::text, 'SOCIAL_WORKER'::text, 'IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = recommendation.young_person_id)) AND (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) OR (EXISTS ( SELECT 1
   FROM recommendations_issue issued
  WHERE issued.review_id = recommendation.review_id))));

-- recommendations_issue (table)
ALTER TABLE recommendations_issue ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE recommendations_issue TO my_review_api;
GRANT SELECT ON TABLE recommendations_issue TO my_review_policy;
CREATE POLICY recommendations_issue_add ON recommendations_issue AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = recommendations_issue.young_person_id)));
CREATE POLICY recommendations_issue_read ON recommendations_issue AS PERMISSIVE FOR SELECT TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['YOUNG_PERSON'::text, 'SOCIAL_WORKER'::text, 'IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = recommendations_issue.young_person_id)));

-- record_question (table)
ALTER TABLE record_question ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE record_question TO my_review_api;
GRANT SELECT ON TABLE record_question TO my_review_policy;
CREATE POLICY record_question_add ON record_question AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = record_question.young_person_id)) AND (EXISTS ( SELECT 1
   FROM review_record_version shared
  WHERE shared.review_id = record_question.review_id)));
CREATE POLICY record_question_change ON record_question AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = record_question.young_person_id)))
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = record_question.young_person_id)));
CREATE POLICY record_question_read ON record_question AS PERMISSIVE FOR SELECT TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['YOUNG_PERSON'::text, 'IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = record_question.young_person_id)));

-- review (table)
ALTER TABLE review ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE review TO my_review_api;
GRANT SELECT ON TABLE review TO my_review_policy;
CREATE POLICY review_add ON review AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review.young_person_id)));
CREATE POLICY review_change ON review AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review.young_person_id)));
CREATE POLICY review_read ON review AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review.young_person_id)));
CREATE TRIGGER review_choices_lock_by_current_iro BEFORE INSERT OR UPDATE OF choices_locked_at ON review FOR EACH ROW EXECUTE FUNCTION app_refuse_choices_lock_but_by_current_iro();
CREATE TRIGGER review_held_changed_keeps_review_due_on AFTER UPDATE OF young_person_id, status, scheduled_for ON review FOR EACH ROW WHEN (old.status = 'HELD'::review_status OR new.status = 'HELD'::review_status) EXECUTE FUNCTION app_keep_review_due_on_true();
CREATE TRIGGER review_held_keeps_review_due_on AFTER INSERT ON review FOR EACH ROW WHEN (new.status = 'HELD'::review_status) EXECUTE FUNCTION app_keep_review_due_on_true();
CREATE TRIGGER review_held_removed_keeps_review_due_on AFTER DELETE ON review FOR EACH ROW WHEN (old.status = 'HELD'::review_status) EXECUTE FUNCTION app_keep_review_due_on_true();

-- review_attendee (table)
ALTER TABLE review_attendee ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE review_attendee TO my_review_api;
GRANT SELECT ON TABLE review_attendee TO my_review_policy;
CREATE POLICY review_attendee_add ON review_attendee AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK ((( SELECT app_claim('role'::text) AS app_claim)) = 'IRO'::text AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_attendee.young_person_id)) AND created_by_account_id = (( SELECT app_claim('account_id'::text)::uuid AS app_claim)) AND iro_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)));
CREATE POLICY review_attendee_read ON review_attendee AS PERMISSIVE FOR SELECT TO my_review_api
  USING (link_id = (( SELECT app_claim('link_id'::text)::uuid AS app_claim)) OR (( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND respondent = 'YOUNG_PERSON'::feedback_respondent OR ((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text, 'SOCIAL_WORKER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_attendee.young_person_id)));

-- review_change (table)
ALTER TABLE review_change ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE review_change TO my_review_api;
GRANT SELECT ON TABLE review_change TO my_review_policy;
CREATE POLICY review_change_add ON review_change AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_change.young_person_id)));
CREATE POLICY review_change_read ON review_change AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) <> 'ADMINISTRATOR'::text AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_change.young_person_id)));

-- review_choice_private (table)
ALTER TABLE review_choice_private ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE review_choice_private TO my_review_api;
CREATE POLICY review_choice_private_add ON review_choice_private AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM review planned
  WHERE planned.id = review_choice_private.review_id AND planned.young_person_id = review_choice_private.young_person_id AND planned.status = 'PLANNED'::review_status AND planned.choices_locked_at IS NULL)));
CREATE POLICY review_choice_private_change ON review_choice_private AS PERMISSIVE FOR UPDATE TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM review planned
  WHERE planned.id = review_choice_private.review_id AND planned.young_person_id = review_choice_private.young_person_id AND planned.status = 'PLANNED'::review_status AND planned.choices_locked_at IS NULL)));
CREATE POLICY review_choice_private_read ON review_choice_private AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_choice_private.young_person_id)) AND ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text OR (( SELECT app_claim('role'::text) AS app_claim)) = 'IRO'::text AND version = 'SENT'::choices_version));

-- review_choice_set (table)
ALTER TABLE review_choice_set ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE review_choice_set TO my_review_api;
CREATE POLICY review_choice_set_add ON review_choice_set AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM review planned
  WHERE planned.id = review_choice_set.review_id AND planned.young_person_id = review_choice_set.young_person_id AND planned.status = 'PLANNED'::review_status AND planned.choices_locked_at IS NULL)));
CREATE POLICY review_choice_set_change ON review_choice_set AS PERMISSIVE FOR UPDATE TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM review planned
  WHERE planned.id = review_choice_set.review_id AND planned.young_person_id = review_choice_set.young_person_id AND planned.status = 'PLANNED'::review_status AND planned.choices_locked_at IS NULL)));
CREATE POLICY review_choice_set_read ON review_choice_set AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_choice_set.young_person_id)) AND (version = 'SENT'::choices_version OR young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim))));

-- review_conduct (table)
ALTER TABLE review_conduct ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE review_conduct TO my_review_api;
GRANT SELECT ON TABLE review_conduct TO my_review_policy;
CREATE POLICY review_conduct_add ON review_conduct AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_conduct.young_person_id)));
CREATE POLICY review_conduct_change ON review_conduct AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_conduct.young_person_id)))
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_conduct.young_person_id)));
CREATE POLICY review_conduct_read ON review_conduct AS PERMISSIVE FOR SELECT TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['SOCIAL_WORKER'::text, 'IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_conduct.young_person_id)));

-- review_record_draft (table)
ALTER TABLE review_record_draft ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE review_record_draft TO my_review_api;
GRANT SELECT ON TABLE review_record_draft TO my_review_policy;
CREATE POLICY review_record_draft_add ON review_record_draft AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_record_draft.young_person_id)));
CREATE POLICY review_record_draft_change ON review_record_draft AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_record_draft.young_person_id)))
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_record_draft.young_person_id)));
CREATE POLICY review_record_draft_read ON review_record_draft AS PERMISSIVE FOR SELECT TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_record_draft.young_person_id)));

-- review_record_opening (table)
ALTER TABLE review_record_opening ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE review_record_opening TO my_review_api;
GRANT SELECT ON TABLE review_record_opening TO my_review_policy;
CREATE POLICY review_record_opening_add ON review_record_opening AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_record_opening.young_person_id)) AND (EXISTS ( SELECT 1
   FROM review_record_version shared
  WHERE shared.review_id = review_record_opening.review_id)));
CREATE POLICY review_record_opening_read ON review_record_opening AS PERMISSIVE FOR SELECT TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['YOUNG_PERSON'::text, 'IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_record_opening.young_person_id)));

-- review_record_version (table)
ALTER TABLE review_record_version ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE review_record_version TO my_review_api;
GRANT SELECT ON TABLE review_record_version TO my_review_policy;
CREATE POLICY review_record_version_add ON review_record_version AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_record_version.young_person_id)));
CREATE POLICY review_record_version_read ON review_record_version AS PERMISSIVE FOR SELECT TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['YOUNG_PERSON'::text, 'SOCIAL_WORKER'::text, 'IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = review_record_version.young_person_id)));

-- schema_migration (table)
ALTER TABLE schema_migration DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;
GRANT SELECT ON TABLE schema_migration TO my_review_api;

-- session (table)
ALTER TABLE session DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE session TO my_review_api;

-- staff_contact (table)
ALTER TABLE staff_contact ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT ON TABLE staff_contact TO my_review_api;
GRANT SELECT ON TABLE staff_contact TO my_review_policy;
CREATE POLICY staff_contact_read ON staff_contact AS PERMISSIVE FOR SELECT TO my_review_api
  USING (app_may_read_staff_contact(person_id));

-- support_request (table)
ALTER TABLE support_request ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE support_request TO my_review_api;
GRANT SELECT ON TABLE support_request TO my_review_policy;
GRANT UPDATE (allocated_at, closed_at, closed_reason, status, status_changed_at) ON support_request TO my_review_api;
CREATE POLICY support_request_add ON support_request AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)) AND asked_by_account_id = (( SELECT app_claim('account_id'::text)::uuid AS app_claim)) AND ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) OR (( SELECT app_claim('role'::text) AS app_claim)) = 'IRO'::text AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = support_request.young_person_id))));
CREATE POLICY support_request_change ON support_request AS PERMISSIVE FOR UPDATE TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) = 'ADVOCACY_COORDINATOR'::text AND local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)) OR (( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)))
  WITH CHECK ((( SELECT app_claim('role'::text) AS app_claim)) = 'ADVOCACY_COORDINATOR'::text AND local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)) OR (( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND status = 'CLOSED'::support_status AND closed_reason = 'WITHDRAWN'::support_closed_reason);
CREATE POLICY support_request_read ON support_request AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) = 'ADVOCACY_COORDINATOR'::text AND local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)) OR ((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['YOUNG_PERSON'::text, 'IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = support_request.young_person_id)));

-- support_request_move (table)
ALTER TABLE support_request_move ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE support_request_move TO my_review_api;
GRANT SELECT ON TABLE support_request_move TO my_review_policy;
CREATE POLICY support_request_move_add ON support_request_move AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (moved_by_account_id = (( SELECT app_claim('account_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM support_request moved
  WHERE moved.id = support_request_move.request_id AND moved.young_person_id = support_request_move.young_person_id AND moved.local_authority_id = support_request_move.local_authority_id)) AND ((( SELECT app_claim('role'::text) AS app_claim)) = 'ADVOCACY_COORDINATOR'::text AND local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)) OR (( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim))));
CREATE POLICY support_request_move_read ON support_request_move AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) = 'ADVOCACY_COORDINATOR'::text AND local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)) OR ((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['YOUNG_PERSON'::text, 'IRO'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = support_request_move.young_person_id)));

-- views_draft (table)
ALTER TABLE views_draft ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE views_draft TO my_review_api;
GRANT SELECT ON TABLE views_draft TO my_review_policy;
CREATE POLICY views_draft_add ON views_draft AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM review planned
  WHERE planned.id = views_draft.review_id AND planned.young_person_id = views_draft.young_person_id AND planned.status = 'PLANNED'::review_status AND planned.scheduled_for > now())));
CREATE POLICY views_draft_change ON views_draft AS PERMISSIVE FOR UPDATE TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM review planned
  WHERE planned.id = views_draft.review_id AND planned.young_person_id = views_draft.young_person_id AND planned.status = 'PLANNED'::review_status AND planned.scheduled_for > now())));
CREATE POLICY views_draft_read ON views_draft AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = views_draft.young_person_id)));

-- views_version (table)
ALTER TABLE views_version ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE views_version TO my_review_api;
GRANT SELECT ON TABLE views_version TO my_review_policy;
CREATE POLICY views_version_add ON views_version AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND (EXISTS ( SELECT 1
   FROM review planned
  WHERE planned.id = views_version.review_id AND planned.young_person_id = views_version.young_person_id AND planned.status = 'PLANNED'::review_status AND planned.scheduled_for > now())));
CREATE POLICY views_version_read ON views_version AS PERMISSIVE FOR SELECT TO my_review_api
  USING ((EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = views_version.young_person_id)) AND app_may_read_views_with_audience(review_id, audience::text));

-- worry_alert (table)
ALTER TABLE worry_alert ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON TABLE worry_alert TO my_review_api;
GRANT SELECT ON TABLE worry_alert TO my_review_policy;
GRANT UPDATE (acknowledged_at, acknowledged_by_account_id) ON worry_alert TO my_review_api;
CREATE POLICY worry_alert_acknowledge ON worry_alert AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO'::text, 'SOCIAL_WORKER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = worry_alert.young_person_id)))
  WITH CHECK (acknowledged_by_account_id = (( SELECT app_claim('account_id'::text)::uuid AS app_claim)));
CREATE POLICY worry_alert_add ON worry_alert AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK ((( SELECT app_claim('role'::text) AS app_claim)) = 'YOUNG_PERSON'::text AND young_person_id = (( SELECT app_claim('person_id'::text)::uuid AS app_claim)) AND acknowledged_at IS NULL);
CREATE POLICY worry_alert_read ON worry_alert AS PERMISSIVE FOR SELECT TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['YOUNG_PERSON'::text, 'IRO'::text, 'SOCIAL_WORKER'::text, 'IRO_MANAGER'::text])) AND (EXISTS ( SELECT 1
   FROM young_person seen
  WHERE seen.id = worry_alert.young_person_id)));

-- young_person (table)
ALTER TABLE young_person ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON TABLE young_person TO my_review_api;
GRANT SELECT ON TABLE young_person TO my_review_policy;
CREATE POLICY young_person_add ON young_person AS PERMISSIVE FOR INSERT TO my_review_api
  WITH CHECK (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])) AND local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)));
CREATE POLICY young_person_change ON young_person AS PERMISSIVE FOR UPDATE TO my_review_api
  USING (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])) AND local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)));
CREATE POLICY young_person_read ON young_person AS PERMISSIVE FOR SELECT TO my_review_api
  USING (local_authority_id = (( SELECT app_claim('local_authority_id'::text)::uuid AS app_claim)) AND (((( SELECT app_claim('role'::text) AS app_claim)) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text])) OR (id IN ( SELECT app_my_young_people() AS app_my_young_people))));
CREATE TRIGGER young_person_takes_authority BEFORE INSERT OR UPDATE OF id, local_authority_id ON young_person FOR EACH ROW EXECUTE FUNCTION app_young_person_takes_authority();

-- Functions in the app's schemas

--   app_add_working_days(date,integer): runs as its caller, owned by CURRENT_USER; SET search_path=public, pg_temp
--   app_claim(text): runs as its caller, owned by CURRENT_USER; no SET
--   app_claimed_contribution_link_is_open(): SECURITY DEFINER, runs as my_review_policy; SET search_path=public, pg_temp
--   app_contribution_link_by_token(bytea): SECURITY DEFINER, runs as my_review_policy; SET search_path=public, pg_temp
--   app_contribution_link_state(text,timestamp with time zone,timestamp with time zone,timestamp with time zone,timestamp with time zone,text): runs as its caller, owned by CURRENT_USER; no SET
--   app_is_current_iro_of(uuid): SECURITY DEFINER, runs as my_review_policy; SET search_path=public, pg_temp
--   app_is_young_person(uuid): SECURITY DEFINER, runs as my_review_policy; SET search_path=public, pg_temp
--   app_keep_review_due_on_true(): SECURITY DEFINER, runs as my_review_due_dates; SET search_path=public, pg_temp
--   app_may_read_staff_contact(uuid): SECURITY DEFINER, runs as my_review_policy; SET search_path=public, pg_temp
--   app_may_read_views_with_audience(uuid,text): SECURITY DEFINER, runs as my_review_policy; SET search_path=public, pg_temp
--   app_my_young_people(): SECURITY DEFINER, runs as my_review_policy; SET search_path=public, pg_temp
--   app_refuse_choices_lock_but_by_current_iro(): runs as its caller, owned by CURRENT_USER; SET search_path=public, pg_temp
--   app_review_due_on(uuid): runs as its caller, owned by CURRENT_USER; SET search_path=public, pg_temp
--   app_young_person_takes_authority(): SECURITY DEFINER, runs as my_review_policy; SET search_path=public, pg_temp

CREATE OR REPLACE FUNCTION public.app_add_working_days(start date, count integer)
 RETURNS date
 LANGUAGE sql
 STABLE
 SET search_path TO 'public', 'pg_temp'
AS $function$
          SELECT start + step FROM generate_series(1, count * 2 + 14) AS step
           WHERE extract(isodow FROM start + step) < 6 AND NOT EXISTS (SELECT 1 FROM bank_holiday b WHERE b.day = start + step)
           ORDER BY step OFFSET count - 1 LIMIT 1
        $function$
;
ALTER FUNCTION app_add_working_days(date,integer) OWNER TO CURRENT_USER;
GRANT EXECUTE ON FUNCTION app_add_working_days(date,integer) TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_claim(claim text)
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ SELECT nullif(current_setting('my_review.' || claim, true), '') $function$
;
ALTER FUNCTION app_claim(text) OWNER TO CURRENT_USER;
GRANT EXECUTE ON FUNCTION app_claim(text) TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_claimed_contribution_link_is_open()
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT EXISTS (
      SELECT 1 FROM contribution_link l JOIN review r ON r.id = l.review_id
      WHERE l.id = app_claim('link_id')::uuid AND app_contribution_link_state(l.purpose::text, l.used_at, l.revoked_at, l.expires_at, r.scheduled_for, r.status::text) = 'OPEN')
  $function$
;
ALTER FUNCTION app_claimed_contribution_link_is_open() OWNER TO my_review_policy;
GRANT EXECUTE ON FUNCTION app_claimed_contribution_link_is_open() TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_contribution_link_by_token(hash bytea)
 RETURNS TABLE(link_id uuid, review_id uuid, young_person_id uuid, local_authority_id uuid, relationship text, purpose text, state text, expires_at timestamp with time zone, first_name text, review_scheduled_for timestamp with time zone, iro_name text, iro_phone text, iro_email text)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT l.id, l.review_id, l.young_person_id, l.local_authority_id, l.relationship::text, l.purpose::text,
      app_contribution_link_state(l.purpose::text, l.used_at, l.revoked_at, l.expires_at, r.scheduled_for, r.status::text), CASE WHEN l.purpose = 'VIEWS' THEN least(l.expires_at, r.scheduled_for) ELSE l.expires_at END, p.first_name, r.scheduled_for,
      i.first_name || ' ' || i.last_name, c.work_phone, c.work_email
    FROM contribution_link l JOIN review r ON r.id = l.review_id JOIN person p ON p.id = l.young_person_id
      LEFT JOIN iro_allocation a ON a.young_person_id = l.young_person_id AND a.ends_at IS NULL
      LEFT JOIN person i ON i.id = a.iro_person_id
      LEFT JOIN staff_contact c ON c.person_id = a.iro_person_id
    WHERE l.token_hash = hash
  $function$
;
ALTER FUNCTION app_contribution_link_by_token(bytea) OWNER TO my_review_policy;
GRANT EXECUTE ON FUNCTION app_contribution_link_by_token(bytea) TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_contribution_link_state(link_purpose text, link_used_at timestamp with time zone, link_revoked_at timestamp with time zone, link_expires_at timestamp with time zone, review_starts timestamp with time zone, review_status text)
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$
    SELECT CASE
      WHEN link_used_at IS NOT NULL THEN 'USED'
      WHEN link_revoked_at IS NOT NULL THEN 'REVOKED'
      WHEN link_purpose = 'FEEDBACK' AND (link_expires_at <= now() OR review_status <> 'HELD') THEN 'EXPIRED'
      WHEN link_purpose <> 'FEEDBACK' AND (least(link_expires_at, review_starts) <= now() OR review_status <> 'PLANNED') THEN 'EXPIRED'
      ELSE 'OPEN'
    END
  $function$
;
ALTER FUNCTION app_contribution_link_state(text,timestamp with time zone,timestamp with time zone,timestamp with time zone,timestamp with time zone,text) OWNER TO CURRENT_USER;
GRANT EXECUTE ON FUNCTION app_contribution_link_state(text,timestamp with time zone,timestamp with time zone,timestamp with time zone,timestamp with time zone,text) TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_is_current_iro_of(target uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT app_claim('role') = 'IRO' AND EXISTS (
      SELECT 1 FROM iro_allocation a JOIN young_person y ON y.id = a.young_person_id
       WHERE a.young_person_id = target AND a.iro_person_id = app_claim('person_id')::uuid AND a.ends_at IS NULL
         AND y.local_authority_id = app_claim('local_authority_id')::uuid)
  $function$
;
ALTER FUNCTION app_is_current_iro_of(uuid) OWNER TO my_review_policy;
GRANT EXECUTE ON FUNCTION app_is_current_iro_of(uuid) TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_is_young_person(target uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$ SELECT EXISTS (SELECT 1 FROM young_person y WHERE y.id = target) $function$
;
ALTER FUNCTION app_is_young_person(uuid) OWNER TO my_review_policy;
GRANT EXECUTE ON FUNCTION app_is_young_person(uuid) TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_keep_review_due_on_true()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
          BEGIN
            UPDATE young_person SET review_due_on = app_review_due_on(id)
             WHERE id IN (CASE WHEN TG_OP <> 'DELETE' THEN NEW.young_person_id END,
                          CASE WHEN TG_OP <> 'INSERT' THEN OLD.young_person_id END);
            RETURN NULL;
          END
        $function$
;
ALTER FUNCTION app_keep_review_due_on_true() OWNER TO my_review_due_dates;
GRANT EXECUTE ON FUNCTION app_keep_review_due_on_true() TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_may_read_staff_contact(target uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT EXISTS (SELECT 1 FROM person p WHERE p.id = target AND p.local_authority_id = app_claim('local_authority_id')::uuid)
      AND CASE
        WHEN app_claim('role') = 'YOUNG_PERSON' THEN EXISTS (
          SELECT 1 FROM iro_allocation a
          WHERE a.young_person_id = app_claim('person_id')::uuid AND a.iro_person_id = target AND a.ends_at IS NULL)
        ELSE app_claim('role') IN ('IRO', 'IRO_MANAGER', 'SOCIAL_WORKER', 'SUPERVISING_SOCIAL_WORKER', 'ADVOCACY_COORDINATOR', 'ADMINISTRATOR')
      END
  $function$
;
ALTER FUNCTION app_may_read_staff_contact(uuid) OWNER TO my_review_policy;
GRANT EXECUTE ON FUNCTION app_may_read_staff_contact(uuid) TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_may_read_views_with_audience(target_review uuid, audience text)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT CASE app_claim('role')
      WHEN 'YOUNG_PERSON' THEN true
      WHEN 'IRO' THEN true
      WHEN 'IRO_MANAGER' THEN true
      WHEN 'SOCIAL_WORKER' THEN audience IN ('IRO_AND_SOCIAL_WORKER', 'EVERYONE_AT_REVIEW')
        AND (SELECT newest.audience::text FROM views_version newest WHERE newest.review_id = target_review
             ORDER BY newest.number DESC LIMIT 1) IN ('IRO_AND_SOCIAL_WORKER', 'EVERYONE_AT_REVIEW')
      ELSE false
    END
  $function$
;
ALTER FUNCTION app_may_read_views_with_audience(uuid,text) OWNER TO my_review_policy;
GRANT EXECUTE ON FUNCTION app_may_read_views_with_audience(uuid,text) TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_my_young_people()
 RETURNS SETOF uuid
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER ROWS 20
 SET search_path TO 'public', 'pg_temp'
AS $function$ BEGIN
    RETURN QUERY
      SELECT app_claim('person_id')::uuid WHERE app_claim('role') = 'YOUNG_PERSON'
      UNION ALL
      SELECT a.young_person_id FROM iro_allocation a
       WHERE app_claim('role') = 'IRO' AND a.iro_person_id = app_claim('person_id')::uuid AND a.ends_at IS NULL
      UNION ALL
      SELECT l.young_person_id FROM network_link l
       WHERE app_claim('role') = 'SOCIAL_WORKER' AND l.person_id = app_claim('person_id')::uuid AND l.relationship = 'SOCIAL_WORKER';
  END $function$
;
ALTER FUNCTION app_my_young_people() OWNER TO my_review_policy;
GRANT EXECUTE ON FUNCTION app_my_young_people() TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_refuse_choices_lock_but_by_current_iro()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'public', 'pg_temp'
AS $function$
          BEGIN
            IF row_security_active(TG_RELID)
              AND NEW.choices_locked_at IS DISTINCT FROM (CASE WHEN TG_OP = 'UPDATE' THEN OLD.choices_locked_at END)
              AND NOT app_is_current_iro_of(NEW.young_person_id) THEN
              RAISE EXCEPTION 'only the young person''s current IRO may lock or unlock their choices'
                USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
          END
        $function$
;
ALTER FUNCTION app_refuse_choices_lock_but_by_current_iro() OWNER TO CURRENT_USER;
GRANT EXECUTE ON FUNCTION app_refuse_choices_lock_but_by_current_iro() TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_review_due_on(target uuid)
 RETURNS date
 LANGUAGE sql
 STABLE
 SET search_path TO 'public', 'pg_temp'
AS $function$
          WITH period AS (
            SELECT starts_on FROM care_period WHERE young_person_id = target AND ends_on IS NULL
             ORDER BY starts_on DESC LIMIT 1
          ), held AS (
            SELECT count(*) AS reviews, max((r.scheduled_for AT TIME ZONE 'Europe/London')::date) AS latest
              FROM review r, period p
             WHERE r.young_person_id = target AND r.status = 'HELD'
               AND (r.scheduled_for AT TIME ZONE 'Europe/London')::date >= p.starts_on
          )
          SELECT CASE held.reviews
                   WHEN 0 THEN app_add_working_days(period.starts_on, 20)
                   WHEN 1 THEN (held.latest + interval '3 months')::date
                   ELSE (held.latest + interval '6 months')::date
                 END
            FROM period, held
        $function$
;
ALTER FUNCTION app_review_due_on(uuid) OWNER TO CURRENT_USER;
GRANT EXECUTE ON FUNCTION app_review_due_on(uuid) TO PUBLIC;

CREATE OR REPLACE FUNCTION public.app_young_person_takes_authority()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$ BEGIN
    NEW.local_authority_id := (SELECT p.local_authority_id FROM person p WHERE p.id = NEW.id);
    RETURN NEW;
  END $function$
;
ALTER FUNCTION app_young_person_takes_authority() OWNER TO my_review_policy;
GRANT EXECUTE ON FUNCTION app_young_person_takes_authority() TO PUBLIC;
