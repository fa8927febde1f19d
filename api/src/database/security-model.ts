import path from "node:path";
import type { DataSource, EntityManager } from "typeorm";
import { repositoryRoot } from "../config/repository-root";
import { API_DATABASE_ROLE } from "./data-source";

/**
 * The database's second wall (ADR 007, 008) as the migrations leave it, read back from the catalog and printed as SQL,
 * so that a reader sees it whole without replaying the migrations. Only `npm run security:snapshot` and the test that
 * keeps its file current use this; the API never does.
 */
export const SECURITY_MODEL_FILE = path.join(repositoryRoot(), "docs", "security-model.sql");
export const SECURITY_MODEL_COMMAND = "npm run security:snapshot";

/** The roles the migrations make. Grants to anyone else but PUBLIC (the owner, other roles on a shared server) are left out. */
const APP_ROLES = [API_DATABASE_ROLE, "my_review_policy"];

/** Everything but PostgreSQL's own schemas; `n` is pg_namespace. */
const APP_SCHEMA = `n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'`;
const RELATION_KINDS: Record<string, string> = { r: "table", p: "partitioned table", v: "view", m: "materialized view", f: "foreign table" };
const IS_RELATION = `c.relkind IN (${Object.keys(RELATION_KINDS).map((kind) => `'${kind}'`).join(", ")})`;
/** The login user that ran the migrations owns what they made, under a name that differs between servers. */
const OWNER = (role: string) => `CASE WHEN ${role} = current_user THEN 'CURRENT_USER' ELSE quote_ident(${role}) END`;
const PRIVILEGE_ORDER = `array_position(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER', 'MAINTAIN',
  'USAGE', 'CREATE', 'EXECUTE'], x.privilege_type)`;

type AclSource = {
  /** SQL naming the object as GRANT does. */
  object: string;
  /** The column holding its ACL, and how PostgreSQL fills a null one in (acldefault's kind letter and the owner). */
  acl: string;
  defaultKind: string;
  owner: string;
  from: string;
  where: string;
};

/**
 * The privileges on each object, per grantee, gathered as one GRANT lists them, in a stable order. The owner's own are
 * left out: its line says who owns what.
 */
function grantsQuery({ object, acl, defaultKind, owner, from, where }: AclSource): string {
  return `
    SELECT object, grantee, string_agg(privilege_type, ', ' ORDER BY position) AS privileges, grantable
    FROM (
      SELECT ${object} AS object, CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(g.rolname) END AS grantee,
        x.privilege_type, ${PRIVILEGE_ORDER} AS position, x.is_grantable AS grantable
      FROM ${from} CROSS JOIN LATERAL aclexplode(coalesce(${acl}, acldefault('${defaultKind}', ${owner}))) x
        LEFT JOIN pg_roles g ON g.oid = x.grantee
      WHERE ${where} AND x.grantee <> ${owner} AND (x.grantee = 0 OR g.rolname = ANY($1))
    ) exploded
    GROUP BY object, grantee, grantable
    ORDER BY object COLLATE "C", grantee COLLATE "C", grantable`;
}

type Grant = { object: string; grantee: string; privileges: string; grantable: boolean };
type Relation = { relation: string; kind: string; enabled: boolean; forced: boolean };
type RelationPart = { relation: string; definition: string };
type Routine = { signature: string; definition: string; owner: string; definer: boolean; settings: string | null };

async function readCatalog(manager: EntityManager) {
  /** Only queries that name the app's roles ($1) are given them. */
  const query = <T>(sql: string): Promise<T[]> => manager.query(sql, sql.includes("$1") ? [APP_ROLES] : []);
  const relationsFrom = "pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace";
  return {
    roles: await query<{ name: string; attributes: string }>(`
      SELECT quote_ident(rolname) AS name, concat_ws(' ',
          CASE WHEN rolsuper THEN 'SUPERUSER' ELSE 'NOSUPERUSER' END, CASE WHEN rolinherit THEN 'INHERIT' ELSE 'NOINHERIT' END,
          CASE WHEN rolcanlogin THEN 'LOGIN' ELSE 'NOLOGIN' END, CASE WHEN rolbypassrls THEN 'BYPASSRLS' ELSE 'NOBYPASSRLS' END) AS attributes
      FROM pg_roles WHERE rolname = ANY($1) ORDER BY rolname COLLATE "C"`),
    memberships: await query<{ role: string; member: string }>(`
      SELECT quote_ident(r.rolname) AS role, ${OWNER("m.rolname")} AS member
      FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
      WHERE r.rolname = ANY($1) AND (m.rolname = ANY($1) OR m.rolname = current_user)
      ORDER BY r.rolname COLLATE "C", m.rolname COLLATE "C"`),
    schemaGrants: await query<Grant>(
      grantsQuery({ object: "quote_ident(n.nspname)", acl: "n.nspacl", defaultKind: "n", owner: "n.nspowner", from: "pg_namespace n", where: APP_SCHEMA }),
    ),
    relations: await query<Relation>(`
      SELECT c.oid::regclass::text AS relation, c.relkind AS kind, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
      FROM ${relationsFrom} WHERE ${APP_SCHEMA} AND ${IS_RELATION}
      ORDER BY c.oid::regclass::text COLLATE "C"`),
    relationGrants: await query<Grant>(
      grantsQuery({
        object: "c.oid::regclass::text",
        acl: "c.relacl",
        defaultKind: "r",
        owner: "c.relowner",
        from: relationsFrom,
        where: `${APP_SCHEMA} AND ${IS_RELATION}`,
      }),
    ),
    columnGrants: await query<RelationPart>(`
      SELECT relation, format('GRANT %s (%s) ON %s TO %s%s;', privilege_type, string_agg(quote_ident(attname), ', ' ORDER BY attname COLLATE "C"),
          relation, grantee, CASE WHEN is_grantable THEN ' WITH GRANT OPTION' ELSE '' END) AS definition
      FROM (
        SELECT c.oid::regclass::text AS relation, a.attname, x.privilege_type, x.is_grantable,
          CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(g.rolname) END AS grantee
        FROM ${relationsFrom} JOIN pg_attribute a ON a.attrelid = c.oid CROSS JOIN LATERAL aclexplode(a.attacl) x
          LEFT JOIN pg_roles g ON g.oid = x.grantee
        WHERE ${APP_SCHEMA} AND ${IS_RELATION} AND a.attnum > 0 AND NOT a.attisdropped AND (x.grantee = 0 OR g.rolname = ANY($1))
      ) exploded
      GROUP BY relation, privilege_type, grantee, is_grantable
      ORDER BY relation COLLATE "C", grantee COLLATE "C", privilege_type COLLATE "C"`),
    policies: await query<RelationPart>(`
      SELECT c.oid::regclass::text AS relation, format('CREATE POLICY %I ON %s AS %s FOR %s TO %s', p.polname, c.oid::regclass,
          CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,
          CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE' WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
          (SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE quote_ident(r::regrole::text) END, ', ' ORDER BY r::regrole::text COLLATE "C")
           FROM unnest(p.polroles) r))
        || coalesce(E'\\n  USING (' || pg_get_expr(p.polqual, p.polrelid, true) || ')', '')
        || coalesce(E'\\n  WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid, true) || ')', '') || ';' AS definition
      FROM pg_policy p JOIN ${relationsFrom} ON c.oid = p.polrelid
      WHERE ${APP_SCHEMA}
      ORDER BY c.oid::regclass::text COLLATE "C", p.polname COLLATE "C"`),
    triggers: await query<RelationPart>(`
      SELECT c.oid::regclass::text AS relation, pg_get_triggerdef(t.oid, true) || ';' AS definition
      FROM pg_trigger t JOIN ${relationsFrom} ON c.oid = t.tgrelid
      WHERE ${APP_SCHEMA} AND NOT t.tgisinternal
      ORDER BY c.oid::regclass::text COLLATE "C", t.tgname COLLATE "C"`),
    routines: await query<Routine>(`
      SELECT p.oid::regprocedure::text AS signature, rtrim(pg_get_functiondef(p.oid), E'\\n') || E'\\n;' AS definition,
        ${OWNER("pg_get_userbyid(p.proowner)")} AS owner, p.prosecdef AS definer, array_to_string(p.proconfig, ', ') AS settings
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE ${APP_SCHEMA} AND p.prokind IN ('f', 'p')
      ORDER BY p.oid::regprocedure::text COLLATE "C"`),
    routineGrants: await query<Grant>(
      grantsQuery({
        object: "p.oid::regprocedure::text",
        acl: "p.proacl",
        defaultKind: "f",
        owner: "p.proowner",
        from: "pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace",
        where: `${APP_SCHEMA} AND p.prokind IN ('f', 'p')`,
      }),
    ),
  };
}

function grantStatement({ object, grantee, privileges, grantable }: Grant, kind: string): string {
  return `GRANT ${privileges} ON ${kind} ${object} TO ${grantee}${grantable ? " WITH GRANT OPTION" : ""};`;
}

function byRelation<T extends { relation: string }>(rows: T[], relation: string): T[] {
  return rows.filter((row) => row.relation === relation);
}

function section(title: string, lines: string[]): string {
  return [`-- ${title}`, "", ...lines].join("\n");
}

function render(catalog: Awaited<ReturnType<typeof readCatalog>>): string {
  const header = [
    "-- The database's row-level security after every migration, read from the catalog. Do not edit by hand:",
    `-- \`${SECURITY_MODEL_COMMAND}\` writes it, and \`npm test\` fails when it differs from what the migrations make.`,
    "-- CURRENT_USER stands for the login user that ran the migrations (it owns the tables); PUBLIC is everyone.",
    "-- Grants are those to the app's roles and to PUBLIC. docs/security.md and ADRs 007 and 008 say why.",
  ].join("\n");

  const roles = section("Roles", [
    ...catalog.roles.map(({ name, attributes }) => `CREATE ROLE ${name} ${attributes};`),
    ...catalog.memberships.map(({ role, member }) => `GRANT ${role} TO ${member};`),
  ]);
  const schemas = section("Schemas", catalog.schemaGrants.map((grant) => grantStatement(grant, "SCHEMA")));

  const relations = catalog.relations.map(({ relation, kind, enabled, forced }) => {
    const rowSecurity = kind === "r" || kind === "p"
      ? [`ALTER TABLE ${relation} ${enabled ? "ENABLE" : "DISABLE"} ROW LEVEL SECURITY, ${forced ? "FORCE" : "NO FORCE"} ROW LEVEL SECURITY;`]
      : [];
    return [
      `-- ${relation} (${RELATION_KINDS[kind]})`,
      ...rowSecurity,
      ...catalog.relationGrants.filter((grant) => grant.object === relation).map((grant) => grantStatement(grant, "TABLE")),
      ...byRelation(catalog.columnGrants, relation).map((grant) => grant.definition),
      ...byRelation(catalog.policies, relation).map((policy) => policy.definition),
      ...byRelation(catalog.triggers, relation).map((trigger) => trigger.definition),
    ].join("\n");
  });

  const summary = catalog.routines.map(({ signature, owner, definer, settings }) =>
    `--   ${signature}: ${definer ? `SECURITY DEFINER, runs as ${owner}` : `runs as its caller, owned by ${owner}`}; ${settings ? `SET ${settings}` : "no SET"}`,
  );
  const routines = catalog.routines.map(({ signature, definition, owner }) =>
    [
      definition,
      `ALTER FUNCTION ${signature} OWNER TO ${owner};`,
      ...catalog.routineGrants.filter((grant) => grant.object === signature).map((grant) => grantStatement(grant, "FUNCTION")),
    ].join("\n"),
  );

  return [
    header,
    roles,
    schemas,
    "-- Tables: row-level security, grants, policies and triggers",
    ...relations,
    section("Functions in the app's schemas", summary),
    ...routines,
  ].join("\n\n") + "\n";
}

/**
 * The security model of the database `db` is connected to (as the login user that migrated it), as the text of
 * SECURITY_MODEL_FILE. Names in public print bare, whatever the connection's search_path.
 */
export async function readSecurityModel(db: DataSource): Promise<string> {
  return db.transaction(async (manager) => {
    await manager.query("SET LOCAL search_path = public");
    return render(await readCatalog(manager));
  });
}
