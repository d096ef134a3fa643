import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";

/** Room past the quota when won is over it, so the quota mark never sits on the track's end. */
const OVER_QUOTA_HEADROOM = 1.08;

/**
 * Won against quota as a bullet: the won bar on a track, the quota as a mark across it. Over quota
 * the bar runs past the mark (140% never reads as 100%) and turns green.
 */
export function QuotaBullet({ won, quota }: { won: number; quota: number }) {
  const met = won >= quota;
  const scale = met ? Math.max(won, quota) * OVER_QUOTA_HEADROOM : quota;
  const share = (value: number) => (scale > 0 ? Math.min(1, value / scale) * 100 : 0);
  const quotaAt = share(quota);
  return (
    <Box aria-hidden sx={{ position: "relative", pt: 2.5 }}>
      <Typography
        variant="caption"
        color="text.secondary"
        sx={{
          position: "absolute",
          top: 0,
          left: `${quotaAt}%`,
          // The label stays inside the track: right-aligned on the mark when the mark is far right.
          transform: quotaAt > 80 ? "translateX(-100%)" : "translateX(-50%)",
          whiteSpace: "nowrap",
          lineHeight: "18px",
        }}
      >
        Quota
      </Typography>
      <Box sx={{ position: "relative", height: 16, borderRadius: "4px", bgcolor: "action.hover" }}>
        <Box
          sx={{
            position: "absolute",
            insetBlock: 0,
            left: 0,
            width: `${share(won)}%`,
            borderRadius: "4px",
            bgcolor: met ? "success.main" : "primary.main",
          }}
        />
        <Box
          sx={{
            position: "absolute",
            top: -4,
            bottom: -4,
            left: `${quotaAt}%`,
            width: 3,
            ml: "-1.5px",
            borderRadius: "1px",
            bgcolor: "text.primary",
          }}
        />
      </Box>
    </Box>
  );
}
