/** What `import styles from "./main.css?url"` gives under test, where Vite does not run. */
export default "/assets/main.css";
