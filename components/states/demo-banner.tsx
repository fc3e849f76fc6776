import { Banner } from "./banner";

/** IndexView.demo: the bundled sample logs are shown because no log root was found (or --demo). */
export function DemoBanner() {
  return (
    <Banner tone="info" icon="◆" title="You are looking at demo logs" data-testid="demo-banner">
      No MassGen log directory was found, so massgen-dash is serving the sample runs bundled with it. Start it with{" "}
      <code className="font-mono text-foreground">massgen-dash --logs DIR</code> or from a project that has{" "}
      <code className="font-mono text-foreground">.massgen/massgen_logs</code>.
    </Banner>
  );
}
