import { throttleAddress } from "./attempt-throttle";

describe("the address a throttle counts", () => {
  it("is an IPv4 address as it is, even when written as IPv6", () => {
    expect(throttleAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(throttleAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("is the /64 of an IPv6 address, however it is written", () => {
    expect(throttleAddress("2001:db8:85a3:12:8a2e:370:7334:1")).toBe("2001:db8:85a3:12::/64");
    expect(throttleAddress("2001:0DB8:85a3:0012::1")).toBe("2001:db8:85a3:12::/64");
    expect(throttleAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
  });
});
