/**
 * The examples of ../pii_financial.ts's detectors, by detector id: the positives each must find (and
 * mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "payment-card": {
    positive: [
      { text: "payment failed card=4111111111111111 amount=42.00", secret: "4111111111111111" },
      { text: "airline card 122000000000003 charged", secret: "122000000000003" },
      { text: '{"pan":"5555 5555 5555 4444","exp":"12/29"}', secret: "5555 5555 5555 4444" },
      { text: "amex 3782-822463-10005 declined", secret: "3782-822463-10005" },
      { text: "card 2223 0031 2200 3222 (mc 2-series) ok", secret: "2223 0031 2200 3222" },
      { text: "jcb=3530111333300000 diners=30569309025904", secret: "3530111333300000" },
      { text: "declined: card ending 4111 1111 1111 1111.", secret: "4111 1111 1111 1111" },
      { text: "card 4539.1488.0343.6467 charged", secret: "4539.1488.0343.6467" },
      { text: "cards on file 4024547077828873 5566988833308043", secret: "4024547077828873" },
      { text: "mir card 2201 5260 1815 9084 declined", secret: "2201 5260 1815 9084" },
      { text: '{"pan":"2204-3016-6131-8602"}', secret: "2204-3016-6131-8602" },
      {
        text: "charge failed for card 5555 5555 5555 4444: do_not_honor",
        secret: "5555 5555 5555 4444",
      },
    ],
    negative: [
      "Deleting block blk_-5880591395067598620 file /mnt/hadoop/dfs/data",
      "ts=1717200000000 order=4111111111111112",
      "trace 4bf92f3577b34da6 span 00f067aa0ba902b7 seq 4000000000000001",
      "attempt_1445144423722_0020_m_000006_0 is : 0.44980705",
      "uuid 550e8400-e29b-41d4-a716-446655440000",
      '{"trace_id":"78b16ffd27f84c1c","span_id":"6079317528413041","status":200}',
      "iban DE44 5001 0517 5407 3249 31",
      "elapsed 4111111111111111.5 s, ratio 4111111111111111.x",
      "ts:4111111111111111 seq:4539148803436467",
      "version 4539.1488.0343.6466 built",
      "ref 2205301661318601 ok",
      "key 4111111111111111:4539148803436467 joined",
    ],
  },
  "payment-card-json-number": {
    positive: [
      { text: '{"card":4539148803436467,"ok":true}', secret: "4539148803436467" },
      { text: '{"order":{"pan":5555555555554444}}', secret: "5555555555554444" },
    ],
    negative: [
      '{"level":30,"time":1717200000037,"pid":657}',
      '{"order_id":4539148803436467}',
      '{"amount":4539148803436467.5}',
      '{"card":4539148803436468}',
    ],
  },
  "payment-card-after-name": {
    positive: [
      { text: "card:4539148803436467 status=ok", secret: "4539148803436467" },
      { text: "Card_Number:5555-5555-5555-4444", secret: "5555-5555-5555-4444" },
      { text: "银行卡号:2200 2100 4574 6434", secret: "2200 2100 4574 6434" },
    ],
    // A number after another name, a failed Luhn check, a name inside a word.
    negative: ["order_id:4539148803436467", "card:4539148803436468", "company:4539148803436467"],
  },
  "swift-party-account": {
    positive: [
      { text: ":50K:/9610555108", secret: "9610555108" },
      { text: '{"mt103":":59:/0044-771203\\r\\nJANE DOE\\r\\n1 HIGH ST"}', secret: "0044-771203" },
    ],
    negative: [":50K:/12 short", ":59:/ACCOUNTS PAYABLE", "12:59:/var/log 400"],
  },
  "iban": {
    positive: [
      {
        text: "refund to iban=DE89370400440532013000 initiated",
        secret: "DE89370400440532013000",
      },
      {
        text: "Beneficiary IBAN: GB82 WEST 1234 5698 7654 32 (Westminster)",
        secret: "GB82 WEST 1234 5698 7654 32",
      },
      {
        text: '{"account":"FR1420041010050500013M02606"}',
        secret: "FR1420041010050500013M02606",
      },
      {
        text: "refund IBAN DE89 370 400 440 532 013 000 sent",
        secret: "DE89 370 400 440 532 013 000",
      },
      { text: "to NL91ABNA0417164300 EUR 12.00", secret: "NL91ABNA0417164300" },
    ],
    negative: [
      "DE89370400440532013001 rejected (bad check)",
      "container DE12ABCDEFGHIJKLMNOP started",
      "AB12 CDEF GHIJ KLMN build id",
      "DE893704004405320130001 one digit too many",
    ],
  },
  "iban-in-context": {
    positive: [
      { text: "iban=de89370400440532013000 saved", secret: "de89370400440532013000" },
      {
        text: '{"payee_account":"gb82 west 1234 5698 7654 32"}',
        secret: "gb82 west 1234 5698 7654 32",
      },
      { text: "Konto DE89-3704-0044-0532-0130-00", secret: "DE89-3704-0044-0532-0130-00" },
      {
        text: "beneficiary IBAN: DE 89 3704 0044 0532 0130 00",
        secret: "DE 89 3704 0044 0532 0130 00",
      },
      // Right after the word IBAN a mistyped one (check digits wrong) is an account still.
      { text: "iban=de25051173632737439756 rejected", secret: "de25051173632737439756" },
    ],
    negative: [
      "payee ref de25051173632737439756 rejected",
      "account de89370400440532013000x",
      "iban field empty, build de89370400",
    ],
  },
  "iban-lower-case": {
    positive: [
      {
        text: '{"payout_to":"de89370400440532013000","amount":120}',
        secret: "de89370400440532013000",
      },
      { text: "payout_account: be71096123456769", secret: "be71096123456769" },
      { text: "refund to gb29 nwbk 6016 1331 9268 19 ok", secret: "gb29 nwbk 6016 1331 9268 19" },
    ],
    negative: [
      "transfer span=be12345678901234 trace=de89370400440532013001",
      "transfer ref=ab12cdef34567890abcdef",
      "bank image de12abcdefghijklmnopqr pulled",
    ],
  },
  "bitcoin-address-base58": {
    positive: [
      {
        text: "withdrawal to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa pending",
        secret: "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
      },
      {
        text: '{"btc_address":"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"}',
        secret: "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
      },
    ],
    negative: [
      "withdrawal to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb pending",
      "request 3f9a2c71b8e4d05a6c1e9f3b2a7d8c4e5f6a7b8c done",
      "session 1kQ9x7Lm2Zp4RtV8wN3bYc5Hd6Jf7Gg8 expired",
    ],
  },
  "bitcoin-address-bech32": {
    positive: [
      {
        text: "payout address bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        secret: "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
      },
      {
        text: '{"to":"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"}',
        secret: "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
      },
    ],
    negative: [
      "payout address bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
      "abc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
      "pod web-bc1-7d9f8b6c5d restarted",
    ],
  },
  "altcoin-address-base58": {
    positive: [
      {
        text: '{"payout_address":"LYjNd9sLi9gJWg72rCPSG5CWxBnxdzP9ZT"}',
        secret: "LYjNd9sLi9gJWg72rCPSG5CWxBnxdzP9ZT",
      },
      {
        text: "ltc deposit to MNyfnzQcKueaFZeK7E2Tpz1NfESw67a8Hh confirmed",
        secret: "MNyfnzQcKueaFZeK7E2Tpz1NfESw67a8Hh",
      },
      {
        text: "tip sent to DUA4ZVzafHD5EPyRMLFAxKk9Nw3SLmGvnF",
        secret: "DUA4ZVzafHD5EPyRMLFAxKk9Nw3SLmGvnF",
      },
      {
        text: "dash payout to Xd6623vp4dHPsVt8K9yAr6UEy8PoYV7wv2 sent",
        secret: "Xd6623vp4dHPsVt8K9yAr6UEy8PoYV7wv2",
      },
    ],
    negative: [
      "tip sent to DUA4ZVzafHD5EPyRMLFAxKk9Nw3SLmGvnG",
      "job LfLzHTgqGSRjTikq8Njjy39rkiUeNFaDuM done",
      "class DefaultHttpRequestRetryHandlerFactoryBean loaded",
      "token MjQ2ODEzNTc5YWJjZGVmZ2hpams1234 seen",
    ],
  },
  "zcash-address": {
    positive: [
      {
        text: "withdrawal asset=ZEC to=t1UYAaa7W8rgcvTWjKYbRFziPfS7yLNL79Q status=broadcast",
        secret: "t1UYAaa7W8rgcvTWjKYbRFziPfS7yLNL79Q",
      },
      {
        text: '{"payout_address":"t3KpRZk6BBABvq8nYMRSJagE7rds2hXNPca"}',
        secret: "t3KpRZk6BBABvq8nYMRSJagE7rds2hXNPca",
      },
    ],
    negative: [
      // A wrong checksum, and a run glued to a letter.
      "to=t1UYAaa7W8rgcvTWjKYbRFziPfS7yLNL79R",
      "to=xt1UYAaa7W8rgcvTWjKYbRFziPfS7yLNL79Q",
    ],
  },
  "bitcoin-cash-address": {
    positive: [
      {
        text: 'level=info msg="lookup done" wallet=qpyevpd5ehtqezth4weefftzajdzclk4kqsjn2un5p',
        secret: "qpyevpd5ehtqezth4weefftzajdzclk4kqsjn2un5p",
      },
      {
        text: '{"payout_address":"bitcoincash:pqujxw8x9cp93n5zpg7dv9c7fg0jjxvzhues45upcv"}',
        secret: "pqujxw8x9cp93n5zpg7dv9c7fg0jjxvzhues45upcv",
      },
      {
        text: "QR payload: BITCOINCASH:QPYEVPD5EHTQEZTH4WEEFFTZAJDZCLK4KQSJN2UN5P?amount=0.5",
        secret: "QPYEVPD5EHTQEZTH4WEEFFTZAJDZCLK4KQSJN2UN5P",
      },
    ],
    negative: [
      // A wrong checksum (in either case), and a run glued to a letter.
      "wallet=qpyevpd5ehtqezth4weefftzajdzclk4kqsjn2un5q",
      "BCH WALLET=QPYEVPD5EHTQEZTH4WEEFFTZAJDZCLK4KQSJN2UN5Q",
      "wallet=xqpyevpd5ehtqezth4weefftzajdzclk4kqsjn2un5p",
    ],
  },
  "monero-address": {
    positive: [
      {
        text:
          '{"receiving_address":"4AyUMvtP28m4joAJH2bypKcRP41Q74w2mj65jWtzzRFJBZVK9yVBhEC4CiaLgyHzYEaphYBrBW4wF1eJrijf7CZn1bckByX"}',
        secret:
          "4AyUMvtP28m4joAJH2bypKcRP41Q74w2mj65jWtzzRFJBZVK9yVBhEC4CiaLgyHzYEaphYBrBW4wF1eJrijf7CZn1bckByX",
      },
      {
        text:
          "xmr withdrawal to 88tayvkdZdD3x9Xg1UpgqSWB2kScY5cCq8k3vnm2C4J5dzA7xBvMyAAHi61WNVh7HZc7WoKCyRMwbieBowaYwh5yNbsiXvZ queued",
        secret:
          "88tayvkdZdD3x9Xg1UpgqSWB2kScY5cCq8k3vnm2C4J5dzA7xBvMyAAHi61WNVh7HZc7WoKCyRMwbieBowaYwh5yNbsiXvZ",
      },
      {
        text:
          '{"name":"xmrig-config","data":{"pool":"pool.example:443","user":"48Q5sJnXx5axBcwz6BKsSqjcdaVupVPpbyDLdSdjFNjpmqTgk2y4jZvKr65ZsPuSErSYCUpdcPo3Mqba1C8c94n6AvMRFAX","pass":"x"}}',
        secret:
          "48Q5sJnXx5axBcwz6BKsSqjcdaVupVPpbyDLdSdjFNjpmqTgk2y4jZvKr65ZsPuSErSYCUpdcPo3Mqba1C8c94n6AvMRFAX",
      },
    ],
    negative: [
      // One character short, and testnet's `9…`.
      "xmr withdrawal to 8tayvkdZdD3x9Xg1UpgqSWB2kScY5cCq8k3vnm2C4J5dzA7xBvMyAAHi61WNVh7HZc7WoKCyRMwbieBowaYwh5yNbsiXvZ queued",
      "xmr withdrawal to 98tayvkdZdD3x9Xg1UpgqSWB2kScY5cCq8k3vnm2C4J5dzA7xBvMyAAHi61WNVh7HZc7WoKCyRMwbieBowaYwh5yNbsiXvZ queued",
    ],
  },
  "stellar-ton-address": {
    positive: [
      {
        text:
          "withdrawal chain=xlm to_address=GBSD4ZFRIZWMXAHB3EC5RWWNVARHQJFDWQCT2JVQUJZHC4FOYB6IR3X3 memo=287265",
        secret: "GBSD4ZFRIZWMXAHB3EC5RWWNVARHQJFDWQCT2JVQUJZHC4FOYB6IR3X3",
      },
      {
        text: "payout_wallet=EQCMeL6YsLULM4gDCqNIoqSwr_qDZ-dTejtP1lT5tUuYe_um status=queued",
        secret: "EQCMeL6YsLULM4gDCqNIoqSwr_qDZ-dTejtP1lT5tUuYe_um",
      },
      {
        text: "my toncoin wallet UQCSgP5nocV84199RnGs856Mt4iGp1A4GDvNkAMI7SjhxlDE please",
        secret: "UQCSgP5nocV84199RnGs856Mt4iGp1A4GDvNkAMI7SjhxlDE",
      },
    ],
    negative: [
      // A longer run, the wrong third or second character.
      "wallet backup EQCMeL6YsLULM4gDCqNIoqSwr_qDZ-dTejtP1lT5tUuYe_umX and EQZMeL6YsLULM4gDCqNIoqSwr_qDZ-dTejtP1lT5tUuYe_um",
      "wallet key GXSD4ZFRIZWMXAHB3EC5RWWNVARHQJFDWQCT2JVQUJZHC4FOYB6IR3X3 rotated",
    ],
  },
  "solana-address": {
    positive: [
      {
        text: '{"payout_address":"B57qZgbi7WMpxmNJm2xL23UPiV33XG5DU8p3Hok439Wx"}',
        secret: "B57qZgbi7WMpxmNJm2xL23UPiV33XG5DU8p3Hok439Wx",
      },
      // The name in any case, joined as names are; glued in lower case to a word before it.
      {
        text: "SOL WALLET is B57qZgbi7WMpxmNJm2xL23UPiV33XG5DU8p3Hok439Wx",
        secret: "B57qZgbi7WMpxmNJm2xL23UPiV33XG5DU8p3Hok439Wx",
      },
      {
        text: "toaddress=B57qZgbi7WMpxmNJm2xL23UPiV33XG5DU8p3Hok439Wx",
        secret: "B57qZgbi7WMpxmNJm2xL23UPiV33XG5DU8p3Hok439Wx",
      },
      {
        text:
          "solana_runtime] deposit: owner=B57qZgbi7WMpxmNJm2xL23UPiV33XG5DU8p3Hok439Wx amount=5",
        secret: "B57qZgbi7WMpxmNJm2xL23UPiV33XG5DU8p3Hok439Wx",
      },
    ],
    negative: [
      // The same value under another key.
      "blockhash=B57qZgbi7WMpxmNJm2xL23UPiV33XG5DU8p3Hok439Wx",
    ],
  },
  "xrp-address": {
    positive: [
      {
        text: "withdrawal of 25 XRP to rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh queued",
        secret: "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh",
      },
      {
        text: '{"event":"deposit.detected","address":"rwiG8yQ1e3hkPuFEfeYsGVKi9VonjLiPFv"}',
        secret: "rwiG8yQ1e3hkPuFEfeYsGVKi9VonjLiPFv",
      },
    ],
    negative: [
      "withdrawal to rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTi queued",
      "host xrHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh",
      "request rateLimitedRequestsExceededCounter reached",
    ],
  },
  "tron-address": {
    positive: [
      {
        text: "withdraw USDT to TX7ZHhc6xCqdcuDvEeEtYCRitV8n1z2BdM confirmed",
        secret: "TX7ZHhc6xCqdcuDvEeEtYCRitV8n1z2BdM",
      },
      {
        text: '{"network":"TRC20","address":"TJrdyBN6kNWBG5iw4NPueEisCvZo5QnVAA"}',
        secret: "TJrdyBN6kNWBG5iw4NPueEisCvZo5QnVAA",
      },
    ],
    negative: [
      // A wrong checksum, and a token glued to a letter.
      "wallet T9yD14Nj9j7xAB4dbGeiX9h8unkKDDv9ZR",
      "wallet xTX7ZHhc6xCqdcuDvEeEtYCRitV8n1z2BdM",
    ],
  },
  "bech32-chain-address": {
    positive: [
      {
        text: '{"event":"withdrawal","to":"cosmos1sgvvlyf83kyf3ds0cxmasyfyytd2xw7a95ku4s"}',
        secret: "cosmos1sgvvlyf83kyf3ds0cxmasyfyytd2xw7a95ku4s",
      },
      {
        text:
          "deposit from osmo1yasd54se73chlq5pygmsphnvw3208wqqdyx2afl00kadraz69gnqg98xq9 credited",
        secret: "osmo1yasd54se73chlq5pygmsphnvw3208wqqdyx2afl00kadraz69gnqg98xq9",
      },
      {
        text:
          "payout=addr1q8flf2dcf0k7ave6ctp5k7g39qfrdvd073f00dx63k4x97sm8p7nwchhchzlzsh3ew3wwj6asms9tchn049fyg98fwgq7grkg7 status=sent",
        secret:
          "addr1q8flf2dcf0k7ave6ctp5k7g39qfrdvd073f00dx63k4x97sm8p7nwchhchzlzsh3ew3wwj6asms9tchn049fyg98fwgq7grkg7",
      },
      {
        text: "delegated stake1u9tjy9gjnravh94mr3stqu9c93kj7lj000jk40dtcznmrpgzqngxh to pool",
        secret: "stake1u9tjy9gjnravh94mr3stqu9c93kj7lj000jk40dtcznmrpgzqngxh",
      },
      {
        text: '{"asset":"BNB","to":"bnb133qdnsld7ly29z5jl0syf8c7y80d7a8gz40g5d"}',
        secret: "bnb133qdnsld7ly29z5jl0syf8c7y80d7a8gz40g5d",
      },
      {
        text: "INF executed block delegator=juno1hd8drtr6zc2ex5vp5lrajtyqdq4xce8e3qns40",
        secret: "juno1hd8drtr6zc2ex5vp5lrajtyqdq4xce8e3qns40",
      },
      {
        text: '{"chain":"injective","sender":"inj1mqvdu2jkfexvjgkkpvg3f9fudtc936z9l8czyr"}',
        secret: "inj1mqvdu2jkfexvjgkkpvg3f9fudtc936z9l8czyr",
      },
    ],
    negative: [
      // A checksum character changed, on another chain.
      "delegator=juno1hd8drtr6zc2ex5vp5lrajtyqdq4xce8e3qns4q",
      // A checksum character changed, and an address glued to a word before it.
      '{"event":"withdrawal","to":"cosmos1sgvvlyf83kyf3ds0cxmasyfyytd2xw7a95ku4q"}',
      "mailaddr1q8flf2dcf0k7ave6ctp5k7g39qfrdvd073f00dx63k4x97sm8p7nwchhchzlzsh3ew3wwj6asms9tchn049fyg98fwgq7grkg7",
    ],
  },
  "litecoin-address-bech32": {
    positive: [
      {
        text: "withdrawal to ltc1q2srw8t752nfjx75hm8gejx53xuxy02kuuw3v9m queued",
        secret: "ltc1q2srw8t752nfjx75hm8gejx53xuxy02kuuw3v9m",
      },
      {
        text: '{"to":"ltc1q0a2z3tp60rc7dzcz4hqscjxddq843ekc98tcma26nzrjcucllmqswcmyf4"}',
        secret: "ltc1q0a2z3tp60rc7dzcz4hqscjxddq843ekc98tcma26nzrjcucllmqswcmyf4",
      },
    ],
    negative: [
      "withdrawal to ltc1q2srw8t752nfjx75hm8gejx53xuxy02kuuw3v9n queued",
      "host rltc1q2srw8t752nfjx75hm8gejx53xuxy02kuuw3v9m",
      "pod ltc1-worker-7d9f8b6c5d restarted",
    ],
  },
  "ethereum-address": {
    positive: [
      {
        text: "transfer to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed confirmed",
        secret: "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
      },
      {
        text: '{"wallet":"0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"}',
        secret: "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
      },
      {
        text: "eth_address=0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359 status=ok",
        secret: "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
      },
      {
        text: "deposit received on 0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be",
        secret: "0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be",
      },
      {
        text: 'text: "0xee5cccbd231060ab4348dcaf191cc5291078a05f"',
        secret: "0xee5cccbd231060ab4348dcaf191cc5291078a05f",
      },
    ],
    negative: [
      "transfer to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD confirmed",
      "storage slot 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359 loaded",
      "sha1 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
      '{"commit":"0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"}',
      "deposit tx 0x8c3a5e5f1d2b4a6c7e9f0b1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4 mined",
      "segfault at 0x00007ffd5fbff8a0 ip 0x000055d1c2a4b6e0",
      "Transfer from=0x0000000000000000000000000000000000000000 value=1000 (mint)",
      "burnt to 0x000000000000000000000000000000000000dEaD in block 19000001",
    ],
  },
  "card-security-code": {
    positive: [
      { text: '{"card":{"exp":"12/28","cvv":"844"}}', secret: "844" },
      { text: "card_cvc=9031 exp=04/30", secret: "9031" },
      { text: "security code: 517 entered", secret: "517" },
    ],
    negative: ["cvv_check=pass cvc_attempts=3", '{"cvv":"unavailable"}', "cvv=12345"],
  },
  "in-upi-id": {
    positive: [
      { text: "UPI ID: meera.iyer42@okaxis", secret: "meera.iyer42@okaxis" },
      { text: "refund sent via UPI to 9012345678@kotak", secret: "9012345678@kotak" },
      { text: "collect request from arjun_dev@ybl expired", secret: "arjun_dev@ybl" },
      { text: '{"vpa":"shop.owner@icici","amount":450}', secret: "shop.owner@icici" },
    ],
    negative: [
      "mail to meera.iyer42@okaxis.com bounced",
      "ssh deploy@buildhost: connection refused",
      "upi gateway 2.1 started; pool=db@primary",
      "npm install @paytm/sdk@latest",
    ],
  },
  "bank-account-in-transfer": {
    positive: [
      { text: "bacs-file: E098828 Park, sort code 34-83-61, account 28366742", secret: "34-83-61" },
      { text: "bacs-file: E098828 Park, sort code 34-83-61, account 28366742", secret: "28366742" },
      {
        text: "ach-batch: direct deposit routing=021000021 account=590085169242",
        secret: "590085169242",
      },
      {
        text: "<BANKACCTFROM><BANKID>032187098<ACCTID>591724748464<ACCTTYPE>CHECKING",
        secret: "591724748464",
      },
    ],
    negative: [
      "account 28366742 locked after 3 attempts",
      "rabbitmq routing_key=orders account=1234567",
      "payout bank_acct_id=882731 and acctid=5917247 settled",
    ],
  },
};
