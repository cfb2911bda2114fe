import type { Principal } from "../auth/tokens.js";
import type { Language } from "./language.js";

/** Hono environment of the app: per-request variables set by the middleware. */
export interface AppEnv {
  Variables: {
    /** Negotiated response language. */
    lang: Language;
    /** Request id (from `X-Request-Id` when well-formed, otherwise generated). */
    requestId: string;
    /** The authenticated token holder; absent on public routes. */
    principal: Principal | undefined;
  };
}
