/**
 * The examples of ../ai.ts's detectors, by detector id: each one's fake sample value and
 * negatives (./provider_examples.ts writes the sample into log lines). Test data only (./mod.ts),
 * kept out of function bundles.
 */
import type { ProviderSample } from "./provider_examples.ts";

export const samples: Record<string, ProviderSample> = {
  "openai-api-key": {
    sample:
      "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",
    positives: [{
      text: "OPENAI_API_KEY=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",
      secret: "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",
    }],
    negatives: [
      "sk-proj-sn3NKi3YqHh7wkMz0OmdT4BlbkFJOpEQUjCytzTGvE5ZrcdZ",
      "sk-885lFD2U9qmCdLoyCvxcT3BlbkFJ",
    ],
  },
  "anthropic-api-key": {
    sample:
      "sk-ant-api03-kMyYz9L9rw6Svzh1cCsx4JBZ6b6aOgcYsrpfNJbEgHa0Ch56Rh75BocTNxl6iLKDBFHHs5E4YNS0xvS4f1wFngd48LZKM-AA",
    negatives: ["sk-ant-api03-short", "sk-ant-api03-" + "x".repeat(95)],
  },
  "huggingface-token": {
    sample: "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",
    positives: [{
      text: "HF_ORG_TOKEN: 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",
      secret: "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",
    }],
    negatives: ["hf_WSESvvJlPyjFkzMMOQrap", "hf_transformers_model_loaded_from_cache"],
  },
  "cohere-api-key": {
    sample: "H5FUk97pnuWykzT9VoImSzA9jkwjOQ7YMBektPmI",
    negatives: ["COHERE_API_KEY=${COHERE_API_KEY}", "cohere_api_key=H5FUk97pnuWykzT9"],
  },
  "replicate-api-token": {
    sample: "r8_lB2Nbey74XwMGpvzlIXTiERrSFjZVZrn4PbL7",
    negatives: ["r8_lB2Nbey74Xw", "r8_" + "0".repeat(37)],
  },
  "groq-api-key": {
    sample: "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",
    negatives: ["gsk_vRLtuOWjQiQ69ZIj", "gsk_" + "x".repeat(52)],
  },
  "perplexity-api-key": {
    sample: "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",
    negatives: ["pplx-7SXzLwSqOZTitSx8", "pplx-" + "x".repeat(48)],
  },
  "mistral-api-key": {
    sample: "wiSAxuN5PtxiI0KVIl2bxRQXKW1jMELk",
    negatives: ["MISTRAL_API_KEY=${MISTRAL_API_KEY}", "mistral_api_key=wiSAxuN5Ptxi"],
  },
  "xai-api-key": {
    sample: "xai-8uLAif1QDaTynX25wf6RVPujzE6GtB1qU3ueyca4lphENihpQMdknoMCX21QJGtCTRvuWggYBsYKBtlJ",
    negatives: ["xai-8uLAif1QDaTynX25", "xai-grok-2-vision-latest"],
  },
  "deepseek-api-key": {
    sample: "sk-7fef1a8073f75c5e132c358a4e3bd6bc",
    negatives: ["DEEPSEEK_API_KEY=${DEEPSEEK_API_KEY}", "deepseek_api_key=sk-7fef1a80"],
  },
  "openrouter-api-key": {
    sample: "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",
    negatives: ["sk-or-v1-2ccfd0c713b6", "sk-or-v1-" + "0".repeat(64)],
  },
  "langsmith-api-key": {
    sample: "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",
    negatives: [
      "lsv2_pt_ce3f810123912fc9a873cbc4caf4cb02",
      "lsv2_xx_ce3f810123912fc9a873cbc4caf4cb02_736dc42aa5",
    ],
  },
  "pinecone-api-key": {
    sample: "pcsk_GRc3Xt_BEngbXwY4UzkYLSNBORoLlW4HMTxa086LAx49iBbuAhzpgB4u6Vk9jsjfIhanc2k",
    negatives: ["pcsk_GRc3Xt_short", "pcsk_GRc3Xt"],
  },
  "nvidia-api-key": {
    sample: "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",
    negatives: ["nvapi-vikhtWVoMc30", "nvapi-" + "x".repeat(64)],
  },
  "fireworks-api-key": {
    sample: "fw_vZFyfDM68BjIzHLeCXHdR7on",
    negatives: ["fw_vZFyfDM68Bj", "fw_rule_allow_inbound_443_from_lb"],
  },
  "elevenlabs-api-key": {
    sample: "sk_a12f1cea2a7d679da07351e7bb343b3bebe80872ce3f8101",
    negatives: ["sk_a12f1cea2a7d679da07351e7bb343b3bebe80872", "sk_" + "0".repeat(48)],
  },
  "langfuse-secret-key": {
    sample: "sk-lf-24d54699-dd2d-4fb7-9f5a-c45e8b38553b",
    negatives: ["sk-lf-24d54699-dd2d", "pk-lf-24d54699-dd2d-4fb7-9f5a-c45e8b38553b"],
  },
  "cerebras-api-key": {
    sample: "csk-4htal9wo2x4o0chgas9bf3v5o4vu2a1vn896qu5dojce8de9",
    negatives: ["csk-4htal9wo2x4o", "csk-" + "x".repeat(48)],
  },
  "together-api-key": {
    sample: "tgp_v1_O3dDQ79M_qeBSX12yvNdKscDWXbPxCxuxhA6-lgJMd1",
    negatives: ["tgp_v1_O3dDQ79M", "tgp_v1_" + "x".repeat(43)],
  },
  "wandb-api-key": {
    sample: "a12f1cea2a7d679da07351e7bb343b3bebe80872",
    negatives: ["WANDB_API_KEY=${WANDB_API_KEY}", "wandb_api_key=a12f1cea2a7d"],
  },
  "assemblyai-api-key": {
    sample: "ce3f810123912fc9a873cbc4caf4cb02",
    negatives: ["ASSEMBLYAI_API_KEY=${KEY}", "assemblyai_key=ce3f8101"],
  },
  "deepgram-api-key": {
    sample: "a12f1cea2a7d679da07351e7bb343b3bebe80872",
    negatives: ["DEEPGRAM_API_KEY=${KEY}", "deepgram_key=a12f1cea"],
  },
  "azure-openai-api-key": {
    sample: "7fef1a8073f75c5e132c358a4e3bd6bc",
    negatives: ["AZURE_OPENAI_API_KEY=${AZURE_OPENAI_API_KEY}", "azure_openai_key=7fef1a80"],
  },
  "tavily-api-key": {
    sample: "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",
    positives: [{
      text: "TavilyClient(api_key='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')",
      secret: "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",
    }],
    negatives: ["tvly-7EBdLb1Wxy", "tvly-" + "x".repeat(32), "tvly-search returned 5 results"],
  },
  "e2b-api-key": {
    sample: "e2b_b364410efb118d42d9d65eee4c9ec9b3c8d550a8",
    negatives: ["e2b_b364410efb11", "e2b_" + "0".repeat(40), "e2b_sandbox_template=base"],
  },
  "jina-api-key": {
    sample: "jina_HLruCu6NU8ALw6dzeI53EmcYAWAAmDmnFwbAtBSIdjTdD1dmDSPBTLiHqRd0",
    negatives: ["jina_HLruCu6NU8ALw6dzeI53", "jina_reader enabled=false"],
  },
  "llamacloud-api-key": {
    sample: "llx-FwFQDs1eHSoC3vTATKDPF492EJKvNb4YSqQlHZqJhaERJ28g",
    negatives: ["llx-FwFQDs1eHSoC3vTA", "llx-" + "x".repeat(48), "llx-table rendered 42 rows"],
  },
  "firecrawl-api-key": {
    sample: "fc-fb3803475bd5c03ed7fdf52f3ffa8811",
    negatives: ["fc-fb3803475bd5c03e", "fc-" + "0".repeat(32), "pod fc-gateway-7f9c8d6b5-x2k4q"],
  },
  "deepl-free-api-key": {
    sample: "c8e1f2a4-39d7-4b6e-a05f-7d2b91e4c3a6:fx",
    negatives: [
      "request c8e1f2a4-39d7-4b6e-a05f-7d2b91e4c3a6 completed",
      "00000000-0000-0000-0000-000000000000:fx",
      "ffmpeg -vf scale:fx=2 input.mp4",
    ],
  },
  "hackclub-ai-api-key": {
    sample: "sk-hc-v1-e3f7a0edcf16de0b8416f9c844bac86f7bd3d04501933a0ecebb0a63a37bc3e4",
    negatives: [
      "sk-hc-v1-e3f7a0edcf16de0b",
      "sk-hc-v1-" + "0".repeat(64),
      "sk-hc-v1-... (paste your key)",
    ],
  },
  "friendli-token": {
    sample: "flp_3QOTwfxxQt9aCHidQdrcGuLuOPR7GcyUdvOgdKqTUQd0ce",
    negatives: [
      "flp_3QOTwfxxQt9aCHid",
      "flp_" + "x".repeat(46),
      "flp_pending_acts_user42 kept on logout",
    ],
  },
  "mem0-api-key": {
    sample: "m0-oeeT7hIF8u3L3h3blmBHuezSledH0eMDG4wWQhYK",
    negatives: [
      "m0-oeeT7hIF8u3L3h3blm",
      "m0-" + "x".repeat(40),
      "atlas tier m0-free-cluster-shared-sandbox-eu-west",
    ],
  },
};
