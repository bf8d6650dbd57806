DossierSearch.shard("sy", {"syria":"4.9","system":"0.2,1.3,3.2","systemic":"2.4,1.4","systems":"3.6","system~":"2.4,1.5"});
