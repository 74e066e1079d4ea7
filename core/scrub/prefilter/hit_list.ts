/**
 * The hits of one automaton in one scan (see ./keyword_index.ts): where each was (positions in
 * the text) and the state there, `length` of them, in order, in typed arrays that grow as
 * needed. A WebAssembly chunk's hits are appended as two copies of its output, not hit by hit.
 */
export class HitList {
  positions = new Int32Array(64);
  states = new Int32Array(64);
  length = 0;

  push(position: number, state: number): void {
    if (this.length === this.positions.length) this.#grow(this.length + 1);
    this.positions[this.length] = position;
    this.states[this.length] = state;
    this.length++;
  }

  /** Appends the first `count` entries of `positions` and `states`. */
  append(positions: Int32Array, states: Int32Array, count: number): void {
    if (count === 0) return;
    if (this.length + count > this.positions.length) this.#grow(this.length + count);
    this.positions.set(positions.subarray(0, count), this.length);
    this.states.set(states.subarray(0, count), this.length);
    this.length += count;
  }

  /** Room for `needed` entries (at least double the room there was: appends cost linear time). */
  #grow(needed: number): void {
    const room = Math.max(needed, this.positions.length * 2);
    const positions = new Int32Array(room), states = new Int32Array(room);
    positions.set(this.positions.subarray(0, this.length));
    states.set(this.states.subarray(0, this.length));
    this.positions = positions;
    this.states = states;
  }
}
