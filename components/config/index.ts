/**
 * Config panel. Wire-up on the run page (server component):
 *   const config = await getAttemptConfig(logId, turn, attempt); // lib/server/metadata-reader
 *   {config && <ConfigPanel view={config} />}
 */
export { ConfigPanel } from "./config-panel";
