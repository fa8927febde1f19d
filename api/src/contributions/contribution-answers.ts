import { IsOptional, MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import type { FieldError } from "../kernel/errors";
import type { Relationship } from "../people/relationship";
import { ANSWER_MAX_LENGTH, ContributionQuestionId, questionsFor } from "./contribution-questions";

/** Answers as kept: trimmed, keyed by question id, with no entry for a question left blank. */
export type AnswerTexts = Partial<Record<ContributionQuestionId, string>>;

const QUESTION_IDS = Object.values(ContributionQuestionId);

/**
 * One field per question, rather than a list of answers: a list of contributions, each with a list of answers, would
 * cost a query more than the API allows (graphql/limits). The fields are declared from the catalogue, so a question
 * added there is a field here too.
 */
@ObjectType({ description: "Answers keyed by question id; null for a question not answered or not asked." })
export class ContributionAnswers {
  [questionId: string]: string | undefined;
}

@InputType({ description: "Answers keyed by question id; leave out, or send blank, a question not answered." })
export class ContributionAnswersInput {
  [questionId: string]: string | null | undefined;
}

for (const id of QUESTION_IDS) {
  Field(() => String, { nullable: true })(ContributionAnswers.prototype, id);
  Field(() => String, { nullable: true })(ContributionAnswersInput.prototype, id);
  IsOptional()(ContributionAnswersInput.prototype, id);
  MaxLength(ANSWER_MAX_LENGTH, { message: `Keep each answer to ${ANSWER_MAX_LENGTH.toLocaleString("en-GB")} characters.` })(ContributionAnswersInput.prototype, id);
}

/**
 * The answers to keep from what was sent, or what is wrong with them in plain words. Blank answers are dropped; an
 * answer to a question not asked of this person is refused rather than kept where nobody will look for it.
 */
export function answersToKeep(sent: ContributionAnswersInput, relationship: Relationship): { answers: AnswerTexts } | { problems: FieldError[] } {
  const asked = new Set(questionsFor(relationship));
  const answers: AnswerTexts = {};
  const problems: FieldError[] = [];
  for (const id of QUESTION_IDS) {
    const text = sent[id]?.trim();
    if (!text) continue;
    if (asked.has(id)) answers[id] = text;
    else problems.push({ field: `answers.${id}`, code: "NOT_ASKED_OF_YOU", message: "That question is not asked of you, so its answer cannot be kept." });
  }
  return problems.length > 0 ? { problems } : { answers };
}

export function hasAnyAnswer(answers: AnswerTexts): boolean {
  return Object.keys(answers).length > 0;
}

/** A kept set of answers as the API gives it. */
export function toContributionAnswers(answers: AnswerTexts): ContributionAnswers {
  return Object.assign(new ContributionAnswers(), answers);
}
