DossierSearch.shard("na", {"name":"0.6","natasha":"1.9","nation":"4.6","national":"0.2,1.3,3.4","nations":"0.4,1.3,1.3","nation~":"0.2,1.2,1.2,2.2","nato":"1.2,1.2,1.2,1.2","naval":"2.6"});
