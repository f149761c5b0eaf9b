/**
 * <stepwise-print-on-click>: opens the browser's print dialog when what it holds (a button) is
 * clicked or activated with the keyboard. The page's print style sheet decides what is printed.
 */
class StepwisePrintOnClick extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', this.#print);
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.#print);
  }

  #print = () => window.print();
}

customElements.define('stepwise-print-on-click', StepwisePrintOnClick);
