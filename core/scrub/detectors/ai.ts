/** AI and model-hosting API keys: OpenAI, Anthropic, Hugging Face, Groq, Perplexity, xAI, Replicate and others. */
import type { Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { UUID } from "./provider_shapes.ts";
import { assignedValue } from "./assigned_values.ts";
import { compactToken, prefixedToken } from "./prefixed_tokens.ts";
import { within } from "../windowed_match.ts";

/** This family's detectors, built on the first call (see ./mod.ts). */
export const buildDetectors = once((): Detector[] => [
  /**
   * OpenAI API key (user, project, service-account, admin or an unscoped `None` key): sk-, optional
   * proj-/svcacct-/admin-/None-, and a body with the T3BlbkFJ marker (base64 of "OpenAI") in the
   * middle.
   */
  compactToken(
    "openai-api-key",
    "sk-(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{20,74}T3BlbkFJ[A-Za-z0-9_-]{20,74}",
    3.5,
    "A-Za-z0-9_-",
    ["t3blbkfj"],
  ),
  /**
   * Anthropic API, admin or OAuth key: sk-ant-, a type and version (api03, admin01, oat01, ort01),
   * - and a URL-safe body of 40 or more (OAuth access and refresh tokens are shorter than API keys).
   */
  compactToken(
    "anthropic-api-key",
    "sk-ant-[a-z]{3,5}\\d{2,4}-[A-Za-z0-9_-]{40,120}",
    3.5,
    "A-Za-z0-9_-",
  ),
  /**
   * Hugging Face user access token (hf_ and 34 letters) or organization API token (api_org_ and 34
   * letters).
   */
  compactToken("huggingface-token", "(?:hf_|api_org_)[A-Za-z]{34}", 3.5),
  /** Cohere API key: 40 base62 characters assigned to a cohere / co api key name. */
  assignedValue("cohere-api-key", "(?:cohere|co)[_-]?api[_-]?key", "[A-Za-z0-9]{40}", 3.5, [
    "cohere",
    "co_api",
    "co-api",
    "coapi",
  ]),
  /** Replicate API token: r8_ and 37 base62 characters. */
  compactToken("replicate-api-token", "r8_[A-Za-z0-9]{37}", 3.5),
  /** Groq API key: gsk_ and 52 base62 characters. */
  compactToken("groq-api-key", "gsk_[A-Za-z0-9]{52}", 3.5),
  /** Perplexity API key: pplx- and 48 base62 characters. */
  compactToken("perplexity-api-key", "pplx-[A-Za-z0-9]{48}", 3.5),
  /** Mistral AI API key: 32 base62 characters assigned to a mistral key name. */
  assignedValue("mistral-api-key", "mistral[a-z_-]{0,12}?(?:key|token)", "[A-Za-z0-9]{32}", 3.5),
  /** xAI (Grok) API key: xai- and 80 base62 characters. */
  compactToken("xai-api-key", "xai-[A-Za-z0-9]{80}", 3.5),
  /** DeepSeek API key: sk- and 32 hex characters, assigned to a deepseek key name. */
  assignedValue("deepseek-api-key", "deepseek[a-z_-]{0,12}?(?:key|token)", "sk-[a-f0-9]{32}", 3),
  /** OpenRouter API key: sk-or-v1- and 64 hex characters. */
  compactToken("openrouter-api-key", "sk-or-v1-[a-f0-9]{64}", 3),
  /** LangSmith API key: lsv2_pt_ or lsv2_sk_, 32 hex, _ and 10 hex. */
  compactToken("langsmith-api-key", "lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}"),
  /** Pinecone API key: pcsk_, a short key id, _ and a long base62 secret. */
  compactToken("pinecone-api-key", "pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80}", 3.5),
  /** NVIDIA NGC / build.nvidia.com API key: nvapi- and 64 URL-safe characters. */
  compactToken("nvidia-api-key", "nvapi-[A-Za-z0-9_-]{64}", 3.5, "A-Za-z0-9_-"),
  /** Fireworks AI API key: fw_ and 24 base62 characters. */
  compactToken("fireworks-api-key", "fw_[A-Za-z0-9]{24}", 3.5),
  /** ElevenLabs API key: sk_ and 48 hex characters. */
  compactToken("elevenlabs-api-key", "sk_[a-f0-9]{48}", 3),
  /** Langfuse secret key: sk-lf- and a UUID. */
  compactToken("langfuse-secret-key", `sk-lf-${UUID}`, undefined, "A-Za-z0-9_-"),
  /** Cerebras API key: csk- and 48 lower-case alphanumerics. */
  compactToken("cerebras-api-key", "csk-[a-z0-9]{48}", 3.5),
  /** Together AI API key: tgp_v1_ and 43 URL-safe characters. */
  compactToken("together-api-key", "tgp_v1_[A-Za-z0-9_-]{43}", 3.5, "A-Za-z0-9_-"),
  /** Weights & Biases API key: 40 hex characters assigned to a wandb key name. */
  assignedValue("wandb-api-key", "wandb[a-z_-]{0,12}?key", "[a-f0-9]{40}", 3),
  /** AssemblyAI API key: 32 hex characters assigned to an assemblyai key name. */
  assignedValue("assemblyai-api-key", "assemblyai[a-z_-]{0,12}?key", "[a-f0-9]{32}", 3),
  /** Deepgram API key: 40 hex characters assigned to a deepgram key name. */
  assignedValue("deepgram-api-key", "deepgram[a-z_-]{0,12}?key", "[a-f0-9]{40}", 3),
  /**
   * Azure OpenAI / AI services key: 32 hex characters assigned to an azure openai / cognitive key
   * name.
   */
  assignedValue(
    "azure-openai-api-key",
    "azure[_-]?(?:openai|cognitive[_-]?services?|ai)[a-z_-]{0,12}?key|api-key",
    "[a-f0-9]{32}",
    3,
    ["azure", "api-key"],
  ),
  /** Tavily API key (Tavily's docs): tvly-, an optional dev-/prod- and 32 base62 characters. */
  prefixedToken("tavily-api-key", "tvly-", "(?:dev-|prod-)?[A-Za-z0-9]{24,48}"),
  /** E2B API key (E2B's docs): e2b_ and 40 hex characters. */
  prefixedToken("e2b-api-key", "e2b_", "[a-f0-9]{40}"),
  /** Jina AI API key (Jina's docs): jina_ and a long base62 body. */
  prefixedToken("jina-api-key", "jina_", "[A-Za-z0-9]{40,80}"),
  /** LlamaCloud (LlamaIndex) API key (its docs): llx- and a long base62 body. */
  prefixedToken("llamacloud-api-key", "llx-", "[A-Za-z0-9]{40,60}"),
  /** Firecrawl API key (Firecrawl's docs): fc- and 32 hex characters. */
  prefixedToken("firecrawl-api-key", "fc-", "[a-f0-9]{32}"),
  /**
   * DeepL API Free authentication key (DeepL's docs: a UUID with the suffix :fx), found on its own
   * by the suffix; a Pro key, the bare UUID, is left to the key names it is written under.
   */
  compactToken("deepl-free-api-key", `${UUID}:fx`, 3, undefined, [":fx"], {
    // `:fx` starts right after the UUID's 36 characters: a long line is searched only there.
    reach: within(36, 0),
  }),
  /** Hack Club AI API key (its gateway's key generator): sk-hc-v1- and 64 hex (32 random bytes). */
  prefixedToken("hackclub-ai-api-key", "sk-hc-v1-", "[a-f0-9]{64}"),
  /**
   * Friendli Suite token (Friendli's API docs: flp_ and a random body), a long base62 body with
   * entropy 3.5, so flp_live_/flp_refresh_ ids and words of other tools stay.
   */
  prefixedToken("friendli-token", "flp_", "[A-Za-z0-9]{40,60}", { minEntropy: 3.5 }),
  /**
   * Mem0 Platform API key (Mem0's docs: m0-; its keys carry 40 base62 after it), 32-48 base62
   * with entropy 3.5 after the short prefix, so names like m0-cluster and m0-replica-2 stay.
   */
  prefixedToken("mem0-api-key", "m0-", "[A-Za-z0-9]{32,48}", { minEntropy: 3.5 }),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
