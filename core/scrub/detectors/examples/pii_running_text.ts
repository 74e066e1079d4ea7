/**
 * The examples of ../pii_running_text.ts's detectors, by detector id: the positives each must
 * find (and mask), the negatives none may. Test data only (./mod.ts), kept out of function bundles.
 */
import type { DetectorExamples } from "../../detector.ts";

export const examples: Record<string, DetectorExamples> = {
  "person-name-in-prose": {
    positive: [
      {
        text: "ticket 8812: customer says my name is Ilse Vantongeren",
        secret: "Ilse Vantongeren",
      },
      { text: "please correct it to Dr. Tadeusz W. Mroczek?", secret: "Tadeusz W. Mroczek" },
      { text: "join the accounts with Ms. Oyelaran", secret: "Oyelaran" },
      { text: "join the accounts with ms. Adeyemi-Oyelaran", secret: "Adeyemi-Oyelaran" },
      { text: "Dear Mrs Annelies van den Bosch,", secret: "Annelies van den Bosch" },
      { text: "Hi Sunniva, the refund is on its way", secret: "Sunniva" },
      { text: "I'm Teodoro Ibarra, calling about my card", secret: "Teodoro Ibarra" },
      { text: "remove my daughter Wilhelmina from the policy", secret: "Wilhelmina" },
      { text: "and she named him Wilhelmus", secret: "Wilhelmus" },
      { text: "Name:    Ingeborg Fjeldstad", secret: "Ingeborg Fjeldstad" },
      { text: "What's your last name? Quispe", secret: "Quispe" },
      { text: "her maiden name is Fitzgibbon-Lowe", secret: "Fitzgibbon-Lowe" },
      { text: "everyone calls me Bartholomew", secret: "Bartholomew" },
      { text: "He was called Ruairí McCandless", secret: "Ruairí McCandless" },
      { text: "Thanks, Mrs Annelies van den Bosch", secret: "Annelies van den Bosch" },
      { text: "Thanks to Prof Dr. Wilhelmus Aalbers", secret: "Wilhelmus Aalbers" },
      { text: "It's under my partner's name Kofi O'Donovan", secret: "Kofi O'Donovan" },
    ],
    negative: [
      "my name is not important",
      "queue name is orders-v2",
      "The name Mesa stays",
      "method called GetUser returned 404",
      "p99 was 200 ms. Retrying in 5 ms",
      "a little language called Tcl",
      "msg=Mr.Robot_v2 loaded",
      "hostname: Build-Agent",
      "Dr. The Stream restarted",
      "Dear Customer, your order has shipped",
      "Hi All, the deploy is done",
      "Hi Priority queue drained, 5 jobs left",
      "I'm Norwegian but live in Lyon",
      "Name: Django",
      "Name:   Default",
      "the service's name is Orders",
      "handler was called Twice",
    ],
  },
  "person-name-given-family": {
    positive: [
      {
        text: "we need to add Jennifer Okonjo-Lindqvist as guardian",
        secret: "Jennifer Okonjo-Lindqvist",
      },
      {
        text: "audit: Carlos R. MacAskill changed role of user 4412",
        secret: "Carlos R. MacAskill",
      },
      { text: "ticket 5521 assigned to Priya van der Molen", secret: "Priya van der Molen" },
      { text: "Why is Nicole so impulsive?", secret: "Nicole" },
      { text: "the verses from Helen Marchetti's poems", secret: "Helen Marchetti" },
      { text: "contract 88 signed by Andrés Kalomir", secret: "Andrés Kalomir" },
      { text: "escalated by Tadhg Wrenfield on the night shift", secret: "Tadhg Wrenfield" },
      { text: "refund approved for Hüseyin Oltmar", secret: "Hüseyin Oltmar" },
      { text: "Why did Maeve leave early?", secret: "Maeve" },
      { text: "handover notes from Catriona Velsmark", secret: "Catriona Velsmark" },
    ],
    negative: [
      "flight SJC: San Jose Airport, gate 4",
      "route via St. Paul Street and Santa Barbara Road",
      "loaded MariaDB driver; Jamesy Brown",
      "user=john logged in",
      "Wei Service restarted",
      "mailbox john_smith bounced",
      "Scarlett 2i2 audio interface attached",
      "Sora video model enabled",
      "Aurora cluster failover done",
      "usbserial driver v0.4 (c) Nicole Brennick",
      "Copyright (C) 2003, 2011 Carlos Ventrano",
    ],
  },
  "person-name-family": {
    positive: [
      { text: "order 5521 shipped to Chidi Okafor", secret: "Chidi Okafor" },
      { text: "reassigned case 401 to Tendai R. Nguyen", secret: "Tendai R. Nguyen" },
      { text: "contract signed by Ana dos Santos", secret: "Ana dos Santos" },
      { text: "call back Orsolya Gallagher after 5pm", secret: "Orsolya Gallagher" },
      { text: "parcel for Wenjun Kuznetsov held at depot", secret: "Wenjun Kuznetsov" },
      { text: "payout to Ikenna Reyes failed", secret: "Ikenna Reyes" },
      { text: "refund for Ottoline Villanueva issued", secret: "Ottoline Villanueva" },
      { text: "the customer says Zhang approved the refund", secret: "Zhang" },
      { text: "per Okafor the invoice is due Friday", secret: "Okafor" },
      { text: "cc: Nakamura", secret: "Nakamura" },
      { text: "ticket 7731 assignee Kowalski", secret: "Kowalski" },
    ],
    negative: [
      "ecc: Support Edwards curves",
      "retry With Nguyen cache disabled",
      "user=nguyen logged in",
      "Default Kim profile loaded",
      "Using Ferrari theme",
      "Hotel San Marino booked",
      "it says Zhangjiakou region",
      "per_Okafor=1",
      "Copyright (c) 2019-2024 by Chidi Okafor",
      "© 2021 Ana dos Santos",
    ],
  },
  "us-street-address-city-state-zip": {
    positive: [
      {
        text: "send it to 547 Quillmore Crossing Unit 32, Pellham, CO 05607 please",
        secret: "547 Quillmore Crossing Unit 32, Pellham, CO 05607",
      },
      {
        text: "User: 970B Vesk Trail, Ashby, ID 33079",
        secret: "970B Vesk Trail, Ashby, ID 33079",
      },
    ],
    negative: ["sent 12 files, done, OK 12345 acked", "retry 3 of 5, Backoff, CA 2048 ms"],
  },
  "us-city-state-zip": {
    positive: [
      { text: "Pellham, CO 05607", secret: "Pellham, CO 05607" },
      { text: "  Vesk Harbor, ID 33079-4410, USA", secret: "Vesk Harbor, ID 33079-4410" },
      { text: "mailer[7]: Ostrava, AZ 22851", secret: "Ostrava, AZ 22851" },
      { text: "Address: Quillmore, NE 68102", secret: "Quillmore, NE 68102" },
    ],
    negative: [
      "Error code, ID 12345",
      "queue, MA 50000 items",
      "ticket, OK 20000",
      "sent 12 files, done, OK 12345 acked",
      "Status, OK 12345 done",
      "worker Pool, CA 20480 bytes",
      "Pellham, CO 0560",
      "Pellham, CO 056071",
    ],
  },
  "zip-code-in-prose": {
    positive: [
      { text: "My zip code is 59715", secret: "59715" },
      { text: "ZIP: 30542", secret: "30542" },
    ],
    negative: [
      "zip: 123456 bytes",
      "zip: 10240 bytes written",
      "zip code is 5971",
      "ZIP: 30542-1107",
    ],
  },
};
