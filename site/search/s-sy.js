DossierSearch.shard("sy", {"syria":"3.9","system":"0.2,3.2,1.3","systemic":"1.4,1.4","systems":"2.6"});
