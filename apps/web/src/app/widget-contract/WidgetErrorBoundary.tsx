import { Component, type ReactNode } from "react";
import { WidgetError } from "./WidgetStates";

interface State {
  failed: boolean;
}

/** A widget that fails to load its code or to render shows an error in its frame, not a blank page. */
export class WidgetErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <WidgetError
          message="This widget could not be shown."
          onRetry={() => this.setState({ failed: false })}
        />
      );
    }
    return this.props.children;
  }
}
