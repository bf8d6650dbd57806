DossierSearch.shard("ra", {"railway":"4.6","ramped":"1.6","rand":"4.9","range":"3.6","ranging":"0.4,2.6","rapprochement":"4.6","rare":"2.6"});
