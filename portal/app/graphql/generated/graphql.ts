/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an account is for; it decides what the account may see and do. */
export type Role =
  /** Sets up people and accounts for the local authority. */
  | 'ADMINISTRATOR'
  /** Coordinates advocates and Independent Visitors. */
  | 'ADVOCACY_COORDINATOR'
  /** A foster, kinship or residential carer. */
  | 'CARER'
  /** An Independent Reviewing Officer. */
  | 'IRO'
  /** The manager of the IRO service. */
  | 'IRO_MANAGER'
  /** A parent of a young person in care. */
  | 'PARENT'
  /** A young person's allocated social worker. */
  | 'SOCIAL_WORKER'
  /** A foster carer's supervising social worker. */
  | 'SUPERVISING_SOCIAL_WORKER'
  /** A child or young person in care. */
  | 'YOUNG_PERSON';

export type SignInInput = {
  /** The passphrase, exactly as chosen. */
  passphrase: string;
  /** The username, in any case. */
  username: string;
};

export type SignInRefusalReason =
  | 'TOO_MANY_ATTEMPTS'
  | 'WRONG_USERNAME_OR_PASSPHRASE';

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn:
    | { __typename: 'SignInRefused', reason: SignInRefusalReason }
    | { __typename: 'SignedIn', token: string, expiresAt: string }
   };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { me: { firstName: string, role: Role, youngPerson: { nextReview: { scheduledFor: string } | null } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    __typename
    ... on SignedIn {
      token
      expiresAt
    }
    ... on SignInRefused {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  me {
    firstName
    role
    youngPerson {
      nextReview {
        scheduledFor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;