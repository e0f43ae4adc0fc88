import Foundation

enum Planted {
    static let generator = "https://accounts.zoho.com/apiauthtoken/nb/create"
    static let cliqURL = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?authtoken=627f4d4499e5fc9d89da4356b5d29362"
    static let webhook = "https://cliq.zoho.com/api/v2/channelsbyname/ops/message?zapikey=1001.d9690a97d814be986f2f9444e3585dc3.8730caebb5f77e4cb7f10bf8f5f85ba8"
    static let zohoClientSecret = "6ab6e79305b4c8ded23ed45f16039f936937de6505"
    static let zohoRefreshToken = "1000.55b4248ad0fc1b0128c48dce87ad7cfa.ee7230d03cbc924349302280d849b663"

    static func loginRequest() -> URLRequest {
        let password = "Pw e858cb 922231!"
        var request = URLRequest(url: URL(string: generator)!)
        request.httpMethod = "POST"
        request.httpBody = "SCOPE=ZohoCRM/crmapi&EMAIL_ID=ops74dc5e@mde70.io&PASSWORD=Pw e858cb 922231!".data(using: .utf8)
        return request
    }

    static let refreshURL = URL(string: "https://accounts.zoho.com/oauth/v2/token?grant_type=refresh_token&client_id=1000.PLANTEDCLIENT&client_secret=6ab6e79305b4c8ded23ed45f16039f936937de6505&refresh_token=1000.55b4248ad0fc1b0128c48dce87ad7cfa.ee7230d03cbc924349302280d849b663")!
}
