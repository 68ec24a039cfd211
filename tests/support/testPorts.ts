/**
 * Every port the tests listen on, as an offset from one base (4173 unless
 * `KIOSK_TEST_PORT_BASE` says otherwise), so that two checkouts can run their suites side by side
 * on one machine without one testing the other's server.
 */
const PORT_BASE = Number(process.env.KIOSK_TEST_PORT_BASE ?? 4173);

export const TEST_PORTS = {
  preview: PORT_BASE,
  nginx: PORT_BASE + 1,
  offline: PORT_BASE + 8,
  update: PORT_BASE + 9,
  staffAddsEvent: PORT_BASE + 11,
  devPreview: PORT_BASE + 13,
  studio: PORT_BASE + 14,
  studioBuild: PORT_BASE + 15,
  /** nginx in front of the gallery broker, and the broker's WebSocket and plain MQTT listeners. */
  gallery: PORT_BASE + 20,
  brokerWebSocket: PORT_BASE + 21,
  brokerMqtt: PORT_BASE + 22,
} as const;
