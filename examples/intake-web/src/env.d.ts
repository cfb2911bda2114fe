/** Base URL of examples/intake-service baked in at build time ("/api" when INTAKE_SERVICE_URL was set, else ""). */
declare const __INTAKE_SERVICE_URL__: string;
