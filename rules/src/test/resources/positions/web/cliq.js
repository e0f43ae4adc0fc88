// Posts deploy notices to Zoho Cliq and looks up leads in Zoho CRM
const ZOHO_AUTHTOKEN = process.env.ZOHO_AUTHTOKEN;

export async function notify(channel, text, source) {
  const search = `https://crm.zoho.eu/crm/private/json/Leads/searchRecords?criteria=(City:İzmir 🚨)(Lead Source:${source})&authtoken=${ZOHO_AUTHTOKEN}&scope=crmapi`;
  const leads = await (await fetch(search)).json();
  await fetch(`https://cliq.zoho.eu/api/v2/channelsbyname/${channel}/message`, {
    method: "POST",
    headers: { Authorization: `Zoho-authtoken ${ZOHO_AUTHTOKEN}` },
    body: JSON.stringify({ text: `${text} (\`${leads.length}\` leads)` }),
  });
}
