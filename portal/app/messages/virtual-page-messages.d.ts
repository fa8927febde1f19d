/** Written by the build (vite.config.ts) by `derivePageMessages`: the messages each page's code may show. */
declare module "virtual:page-messages" {
  export interface DerivedPageMessages {
    /** The ids (and id prefixes, ending in ".") every page ships: the root's. */
    root: string[];
    /** Each address pattern a route answers, with the ids (and prefixes) of the routes that render it. */
    pages: { path: string; ids: string[] }[];
  }
  const derived: DerivedPageMessages;
  export default derived;
}
